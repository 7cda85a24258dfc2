import type { Language } from "../domain/language";

/** Output channels of a command, so commands can be tested without a process. */
export interface CliIO {
  /** A line to standard output. */
  out(line: string): void;
  /** A line to standard error. */
  err(line: string): void;
  /** "zh" (default) or "en": the language of messages. */
  lang: Language;
}

/**
 * The process's own standard output and error.
 * @example await runCheck(["sample.xlsx"], processIO("zh"));
 */
export function processIO(lang: Language = "zh"): CliIO {
  return {
    out: (line) => process.stdout.write(line + "\n"),
    err: (line) => process.stderr.write(line + "\n"),
    lang,
  };
}
