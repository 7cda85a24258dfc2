import type { TitleMatcher } from "./createTitleMatcher";
import type { RowMatchOutcome } from "./progressMatching";
import type { ProgressRow } from "./progressRow";

/** How many candidate tasks are listed for a row the clerk must resolve. */
const CANDIDATES = 5;

/**
 * Match a row without a usable task number by its title: the one task whose title is the same after normalisation
 * (score 1); else the one task at or above `threshold` (looking wider among the tasks before giving up); several
 * close ones are ambiguous — unless one of them is an exact title, or only one lists the reporting department as
 * lead or supporting. A row without a title is listed with the tasks likest its progress text, never matched.
 * @example matchRowByTitle(row, { matcher, threshold: 0.6 }) // { matched: { row, task, by: "title", score: 1 } }
 */
export function matchRowByTitle(row: ProgressRow, context: { matcher: TitleMatcher; threshold: number }): RowMatchOutcome {
  const { matcher, threshold } = context;
  const title = row.title ?? "";
  // No title to match by: the tasks whose titles are likest the progress text are offered, never chosen.
  if (title === "") return { unmatched: { row, reason: "no-match", candidates: matcher.candidates(row.text, CANDIDATES) } };
  // A title equal to one task's title (after normalisation) is that task: score 1, nothing else to compare.
  const exact = matcher.exact(title);
  if (exact.length === 1) return { matched: { row, task: exact[0], by: "title", score: 1 } };
  let candidates = matcher.candidates(title, CANDIDATES);
  let close = candidates.filter((candidate) => candidate.score >= threshold);
  if (close.length === 0) {
    // Nothing close among the tasks sharing the title's rarest pairs: look wider before asking the clerk.
    candidates = matcher.candidates(title, CANDIDATES, true);
    close = candidates.filter((candidate) => candidate.score >= threshold);
  }
  if (close.length === 0) return { unmatched: { row, reason: "no-match", candidates } };
  if (close.length === 1 || (close[0].score === 1 && close[1].score < 1)) return { matched: { row, task: close[0].task, by: "title", score: close[0].score } };
  const responsible =
    row.department === "" ? [] : close.filter((candidate) => candidate.task.leads.includes(row.department) || candidate.task.supporting.includes(row.department));
  if (responsible.length === 1) return { matched: { row, task: responsible[0].task, by: "title-department", score: responsible[0].score } };
  return { ambiguous: { row, reason: "several-titles", candidates: close } };
}
