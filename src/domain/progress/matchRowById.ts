import type { Task } from "../task";
import type { TitleMatcher } from "./createTitleMatcher";
import type { RowMatchOutcome } from "./progressMatching";
import type { ProgressRow } from "./progressRow";

/** How many candidate tasks are listed for a row the clerk must resolve. */
const CANDIDATES = 5;

/**
 * Match a row by its task number (on a sheet whose 序号 column holds task numbers), given the tasks that number
 * names. One task: matched, unless the title names another task better, at or above `threshold` (id-title-disagree).
 * Several (a duplicate 序号 in the task table): the one whose title is close enough, else duplicate-id.
 * `firstScore` is the row's title similarity to the one task its number names (worked out once per row).
 * @example matchRowById(row, [task4], { matcher, threshold: 0.6, firstScore: 1 }) // { matched: { row, task: task4, by: "id", score: 1 } }
 */
export function matchRowById(row: ProgressRow, idTasks: readonly Task[], context: { matcher: TitleMatcher; threshold: number; firstScore: number }): RowMatchOutcome {
  const { matcher, threshold } = context;
  const title = row.title ?? "";
  if (idTasks.length === 1) {
    const task = idTasks[0];
    if (title === "") return { matched: { row, task, by: "id", score: 1 } };
    const score = context.firstScore;
    const rivals = score >= threshold ? [] : matcher.candidates(title, CANDIDATES).filter((candidate) => candidate.task !== task && candidate.score >= threshold && candidate.score > score);
    if (rivals.length === 0) return { matched: { row, task, by: "id", score } };
    return { ambiguous: { row, reason: "id-title-disagree", candidates: [{ task, score }, ...rivals] } };
  }
  const scored = idTasks.map((task) => ({ task, score: title === "" ? 0 : matcher.score(title, task) })).sort((a, b) => b.score - a.score);
  const close = scored.filter((candidate) => candidate.score >= threshold);
  if (close.length === 1) return { matched: { row, task: close[0].task, by: "id", score: close[0].score } };
  return { ambiguous: { row, reason: "duplicate-id", candidates: scored } };
}
