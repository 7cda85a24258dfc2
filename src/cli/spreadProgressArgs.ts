/**
 * Let `--progress` take several files and folders in a row, as clerks type them
 * (`--progress 省经委.xlsx 省统计局.csv 进展/`): every word after --progress up to the next option is a
 * progress source, written back as one `--progress VALUE` each for the argument parser (which would otherwise
 * keep only the first and take the rest for the workbook). `--progress=a.xlsx` stays as it is.
 * @example spreadProgressArgs(["任务.xlsx", "--progress", "a.xlsx", "b.csv", "--as-of", "2007-10-31"])
 * // ["任务.xlsx", "--progress", "a.xlsx", "--progress", "b.csv", "--as-of", "2007-10-31"]
 */
export function spreadProgressArgs(argv: readonly string[]): string[] {
  const spread: string[] = [];
  let inProgress = false;
  for (const arg of argv) {
    if (arg === "--") {
      inProgress = false;
      spread.push(arg);
    } else if (arg === "--progress") {
      inProgress = true;
    } else if (inProgress && !arg.startsWith("-")) {
      spread.push("--progress", arg);
    } else {
      if (inProgress && arg.startsWith("-")) inProgress = false;
      spread.push(arg);
    }
  }
  return spread;
}
