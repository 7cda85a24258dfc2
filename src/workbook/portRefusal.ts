import type { Problem } from "../domain/problem";
import type { Language } from "../domain/language";

/**
 * The one way a WorkbookPort (or a reader of files behind it) refuses an expected case: it rejects with a
 * PortRefusal carrying a Problem — a stable `code` ("foreign-sheet", "unreadable-file", "missing-sheet"),
 * the Chinese `message` and the English `messageEn` — so fronts show the clerk's language without splitting strings.
 * `message` of the Error is the Chinese text.
 * @example try { await port.writeSheet(layout); } catch (error) { if (error instanceof PortRefusal) show(error.problem) }
 */
export class PortRefusal extends Error {
  readonly code: string;

  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = "PortRefusal";
    this.code = problem.code;
  }

  /** The refusal in the clerk's language. */
  text(lang: Language): string {
    return lang === "en" ? this.problem.messageEn : this.problem.message;
  }
}
