import type { CliIO } from "../../src/cli/cliIO";

/** A CliIO that keeps what a command prints, for assertions. */
export function captureIO(lang: "zh" | "en" = "zh"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, lang, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}
