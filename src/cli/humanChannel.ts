import type { CliIO } from "./cliIO";

/**
 * The channel for the text a clerk reads: standard output, or standard error when the JSON report itself goes
 * to standard output (`--json -`), so that the output stays one valid JSON document.
 * @example humanChannel(io, "-").out("从工作表…读取任务8项") // written to standard error
 */
export function humanChannel(io: CliIO, json: string | undefined): CliIO {
  return json === "-" ? { ...io, out: io.err } : io;
}
