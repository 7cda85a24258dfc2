import type { LedgerSettings } from "../evaluation";
import type { Task } from "../task";
import { createIdIndex } from "../text/createIdIndex";
import { createTitleMatcher, type TitleMatcher } from "./createTitleMatcher";
import { matchRowById } from "./matchRowById";
import { matchRowByTitle } from "./matchRowByTitle";
import { normalizeTaskId } from "./normalizeTaskId";
import type { ProgressMatching, ProgressResolutions, RowMatchOutcome } from "./progressMatching";
import type { ProgressRow } from "./progressRow";
import { progressRowKey } from "./progressRowKey";
import { progressSheetKey } from "./progressSheetKey";
import { trustIdColumns } from "./trustIdColumns";

export type {
  ProgressMatch,
  ProgressMatching,
  ProgressMatchMethod,
  ProgressResolutions,
  UnresolvedProgressRow,
  UnresolvedReason,
} from "./progressMatching";

/** How many candidate tasks are listed for a row the clerk must resolve. */
const CANDIDATES = 5;

/**
 * Match progress rows to tasks. A sheet's 序号 column is trusted as the task number only when it is
 * clearly one: its numbers name tasks whose titles agree with the row titles (at least half of them
 * score ≥ 0.5) — or, on a sheet without titles, whose titles the progress texts are not likelier to — so
 * that a department's own 1, 2, 3 is not taken for task numbers. Ids compare normalised ("１" = "01" = "1、"). Then, in turn, for each row:
 * 1. the clerk's resolution (`resolutions[progressRowKey(row)]`), when given;
 * 2. the task number, unless the title names another task (≥ threshold) better: then it is ambiguous;
 * 3. the title: the one task whose title is the same after normalisation (score 1); else one task at or above `settings.titleMatchThreshold` matches; several are ambiguous — unless
 *    one of them is an exact title, or only one lists the reporting department as lead or supporting;
 * 4. otherwise unmatched, with the nearest tasks as candidates.
 * A row of the product's own report template (templateTaskId) is matched to its task before all of this.
 * Nothing is guessed: every row ends in `matched`, `unmatched`, `ambiguous` or (by the clerk) `ignored`.
 * @example matchProgressRows([{ id: "４", text: "１－１０月完成投资２４１．４亿元", department: "省发展改革委", source }], tasks, DEFAULT_SETTINGS).matched[0].task.id // "4"
 */
export function matchProgressRows(
  rows: readonly ProgressRow[],
  tasks: readonly Task[],
  settings: Pick<LedgerSettings, "titleMatchThreshold">,
  resolutions: ProgressResolutions = {},
): ProgressMatching {
  const threshold = settings.titleMatchThreshold;
  const matcher = createTitleMatcher(tasks);
  // The place in the table of each number's first task, and of the next task with the same number (-1: none), so
  // that 100,000 numbers make no lists (plain numbers kept at their number: no map of every id either).
  const firstOfId = createIdIndex();
  const nextOfId = new Int32Array(tasks.length).fill(-1);
  /** The first task of each id exactly as written (a template row's or a resolution's task), made when first needed. */
  let byWrittenId: Map<string, Task> | undefined;
  const writtenIdTask = (id: string): Task | undefined => {
    if (byWrittenId === undefined) {
      byWrittenId = new Map<string, Task>();
      for (const task of tasks) if (!byWrittenId.has(task.id)) byWrittenId.set(task.id, task);
    }
    return byWrittenId.get(id);
  };
  // From the last task up, each first of its number so far: the chains run in table order.
  for (let taskIndex = tasks.length - 1; taskIndex >= 0; taskIndex--) {
    const id = normalizeTaskId(tasks[taskIndex].id);
    if (id === "") continue;
    nextOfId[taskIndex] = firstOfId.get(id) ?? -1;
    firstOfId.set(id, taskIndex);
  }
  // The task (or tasks) each row's number names, the first one's place, and each row's title's score against it,
  // worked out once.
  const none: readonly Task[] = [];
  const rowFirst = new Int32Array(rows.length).fill(-1);
  const rowTasks = rows.map((row, index): Task | readonly Task[] => {
    const first = firstOfId.get(normalizeTaskId(row.id ?? "")) ?? -1;
    rowFirst[index] = first;
    if (first < 0) return none;
    if (nextOfId[first] < 0) return tasks[first];
    // A number the table repeats: its tasks, in table order.
    const named: Task[] = [];
    for (let taskIndex = first; taskIndex >= 0; taskIndex = nextOfId[taskIndex]) named.push(tasks[taskIndex]);
    return named;
  });
  const firstScores = new Float64Array(rows.length).fill(Number.NaN);
  const scoreAt = (index: number, task: Task): number => {
    const first = rowFirst[index];
    if (first < 0 || task !== tasks[first]) return matcher.score(rows[index].title ?? "", task);
    let score = firstScores[index];
    if (Number.isNaN(score)) firstScores[index] = score = matcher.scoreAt(rows[index].title ?? "", first);
    return score;
  };
  const trustedSheets = trustIdColumns(rows, { rowTasks, scoreAt }, matcher);
  const resolved = Object.keys(resolutions).length > 0;
  const result: ProgressMatching = { matched: [], unmatched: [], ambiguous: [], ignored: [] };
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const templateTask = row.templateTaskId !== undefined ? writtenIdTask(row.templateTaskId) : undefined;
    let outcome: RowMatchOutcome | "ignored";
    if (templateTask) outcome = { matched: { row, task: templateTask, by: "template", score: 1 } };
    else if (resolved && Object.prototype.hasOwnProperty.call(resolutions, progressRowKey(row)))
      outcome = resolvedRow(row, resolutions[progressRowKey(row)], (chosen) => tasks[firstOfId.get(normalizeTaskId(chosen)) ?? -1] ?? writtenIdTask(chosen), matcher);
    else {
      const named = trustedSheets.has(progressSheetKey(row)) ? rowTasks[index] : none;
      const idTasks: readonly Task[] = Array.isArray(named) ? named : [named as Task];
      const firstScore = idTasks.length === 1 && (row.title ?? "") !== "" ? scoreAt(index, idTasks[0]) : 0;
      outcome = idTasks.length > 0 ? matchRowById(row, idTasks, { matcher, threshold, firstScore }) : matchRowByTitle(row, { matcher, threshold });
    }
    if (outcome === "ignored") result.ignored.push(row);
    else if ("matched" in outcome) result.matched.push(outcome.matched);
    else if ("unmatched" in outcome) result.unmatched.push(outcome.unmatched);
    else result.ambiguous.push(outcome.ambiguous);
  }
  return result;
}

/** A row the clerk resolved: to a task, to no task (ignored), or to a number the task table does not have. */
function resolvedRow(row: ProgressRow, chosen: string | null | undefined, taskOf: (id: string) => Task | undefined, matcher: TitleMatcher): RowMatchOutcome | "ignored" {
  if (chosen === null) return "ignored";
  const task = chosen === undefined ? undefined : taskOf(chosen);
  if (task) return { matched: { row, task, by: "resolution", score: 1 } };
  return { unmatched: { row, reason: "unknown-resolution", candidates: row.title ? matcher.candidates(row.title, CANDIDATES) : [] } };
}
