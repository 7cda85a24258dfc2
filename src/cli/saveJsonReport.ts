import type { CliIO } from "./cliIO";
import { writeJsonFile } from "./writeJsonFile";

/**
 * Write a command's JSON report — to a file, or to standard output for "-" — and say so on the clerk's channel
 * (`human`, standard error when the report takes standard output), or say why it could not be written.
 * Returns whether it was written.
 * @example await saveJsonReport(io, humanChannel(io, path), "out/check.json", { tasks, problems }, { force: false }) // true; 报告已写入 out/check.json
 */
export async function saveJsonReport(io: CliIO, human: CliIO, path: string, report: unknown, options: { force: boolean }): Promise<boolean> {
  const failure = await writeJsonFile(path, report, { overwrite: options.force, stdout: io.out });
  if (failure !== null) {
    human.err(io.lang === "en" ? failure.en : failure.zh);
    return false;
  }
  if (path !== "-") human.out(io.lang === "en" ? `Report written to ${path}` : `报告已写入 ${path}`);
  return true;
}
