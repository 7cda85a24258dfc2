import type { Task } from "../task";
import type { TitleMatcher } from "./createTitleMatcher";
import type { ProgressRow } from "./progressRow";
import { progressSheetKey } from "./progressSheetKey";

/** Title similarity above which a row's title confirms its task number. */
const ID_TITLE_AGREEMENT = 0.5;
/** Below this, a progress text's likeness to a task title says nothing about which task it is. */
const TEXT_EVIDENCE = 0.3;

/**
 * The sheets (progressSheetKey) whose 序号 column holds task numbers: the ids name tasks, and the rows' titles agree
 * with those tasks (at least as many rows score ≥ 0.5 as not) — or, on a sheet without titles, the progress texts do
 * not point at other tasks: a text is evidence only when some task title is like it (≥ 0.3), and agrees when the
 * numbered task is among the three likest. A department's own 1, 2, 3 is thus not taken for task numbers.
 * `rowTasks[i]` is the task (or the tasks, of a repeated number; none: []) row i's number names; `scoreAt(i, task)` its
 * title's similarity to one of them.
 * @example trustIdColumns(rows, { rowTasks, scoreAt }, createTitleMatcher(tasks)) // Set { "省发展改革委.xlsx|Sheet1" }
 */
export function trustIdColumns(
  rows: readonly ProgressRow[],
  byRow: { rowTasks: readonly (Task | readonly Task[])[]; scoreAt: (index: number, task: Task) => number },
  matcher: TitleMatcher,
): Set<string> {
  const evidence = new Map<string, { agreeing: number; disagreeing: number }>();
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const named = byRow.rowTasks[index];
    const tasks: readonly Task[] = Array.isArray(named) ? named : [named as Task];
    if (tasks.length === 0) continue;
    const key = progressSheetKey(row);
    const counts = evidence.get(key) ?? { agreeing: 0, disagreeing: 0 };
    evidence.set(key, counts);
    if (row.title) {
      if (tasks.some((task) => byRow.scoreAt(index, task) >= ID_TITLE_AGREEMENT)) counts.agreeing++;
      else counts.disagreeing++;
      continue;
    }
    const likest = matcher.candidates(row.text, 3).filter((candidate) => candidate.score >= TEXT_EVIDENCE);
    if (likest.length === 0) continue;
    if (likest.some((candidate) => tasks.includes(candidate.task))) counts.agreeing++;
    else counts.disagreeing++;
  }
  const trusted = new Set<string>();
  for (const [key, counts] of evidence) {
    if (counts.agreeing >= counts.disagreeing) trusted.add(key);
  }
  return trusted;
}
