import type { CliIO } from "./cliIO";
import { writeFileAtomically, type WriteFailure } from "./writeFileAtomically";

/**
 * Write a report as pretty-printed UTF-8 JSON: to a file (all at once, its folder created; an existing file is
 * replaced only with `overwrite`), or to standard output when the path is "-". Numbers that are not finite are
 * written as null, so the report is always valid JSON. Returns null on success.
 * @example await writeJsonFile("out/check.json", { tasks, problems }, { overwrite: false, io })
 */
export async function writeJsonFile(path: string, report: unknown, options: { overwrite: boolean; stdout?: CliIO["out"] }): Promise<WriteFailure | null> {
  const text = JSON.stringify(report, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? null : value), 2);
  if (path === "-") {
    (options.stdout ?? ((line: string) => process.stdout.write(line + "\n")))(text);
    return null;
  }
  return writeFileAtomically(path, text + "\n", { overwrite: options.overwrite });
}
