import type { LedgerSettings } from "../evaluation";
import type { Task } from "../task";
import { createTitleMatcher, type TaskCandidate, type TitleMatcher } from "./createTitleMatcher";
import { normalizeTaskId } from "./normalizeTaskId";
import type { ProgressRow } from "./progressRow";
import { progressRowKey } from "./progressRowKey";

/** How a row was matched: its task number, its title, its title and reporting department together, or the clerk. */
export type ProgressMatchMethod = "id" | "title" | "title-department" | "resolution";

export interface ProgressMatch {
  row: ProgressRow;
  task: Task;
  by: ProgressMatchMethod;
  /** Title similarity of the row to the task (1 when the row has no title or the clerk chose). */
  score: number;
}

/** Why a row needs the clerk. */
export type UnresolvedReason =
  /** No task number and no title close enough (or none at all). */
  | "no-match"
  /** Several tasks' titles are close enough. */
  | "several-titles"
  /** The task number names one task, the title another. */
  | "id-title-disagree"
  /** The task number is used by several tasks (a duplicate 序号 in the task table). */
  | "duplicate-id"
  /** The clerk's resolution names a task number that is not in the task table. */
  | "unknown-resolution";

export interface UnresolvedProgressRow {
  row: ProgressRow;
  reason: UnresolvedReason;
  /** The tasks to choose from, best first (for the pane's dropdown and the report). */
  candidates: TaskCandidate[];
}

export interface ProgressMatching {
  matched: ProgressMatch[];
  /** Rows with no task close enough: listed for the clerk with the nearest tasks. */
  unmatched: UnresolvedProgressRow[];
  /** Rows that could belong to several tasks: listed for the clerk, never guessed. */
  ambiguous: UnresolvedProgressRow[];
  /** Rows the clerk marked as belonging to no task (resolution null). */
  ignored: ProgressRow[];
}

/** The clerk's choices: row key (file|sheet|cell, see progressRowKey) → task number, or null for "no task". */
export type ProgressResolutions = Readonly<Record<string, string | null>>;

/** Title similarity above which a row's title confirms its task number. */
const ID_TITLE_AGREEMENT = 0.5;
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
  const byId = new Map<string, Task[]>();
  for (const task of tasks) {
    const id = normalizeTaskId(task.id);
    if (id === "") continue;
    const list = byId.get(id);
    if (list) list.push(task);
    else byId.set(id, [task]);
  }
  // Each row's numbered tasks and its title's score against the first of them, worked out once.
  const numbered = new Map<ProgressRow, Task[]>();
  const tasksOf = (row: ProgressRow): Task[] => {
    let found = numbered.get(row);
    if (!found) numbered.set(row, (found = byId.get(normalizeTaskId(row.id ?? "")) ?? []));
    return found;
  };
  const firstScores = new Map<ProgressRow, number>();
  const scoreOf = (row: ProgressRow, task: Task): number => {
    if (task !== tasksOf(row)[0]) return matcher.score(row.title ?? "", task);
    let score = firstScores.get(row);
    if (score === undefined) firstScores.set(row, (score = matcher.score(row.title ?? "", task)));
    return score;
  };
  const trustedSheets = trustIdColumns(rows, tasksOf, scoreOf, matcher);
  const result: ProgressMatching = { matched: [], unmatched: [], ambiguous: [], ignored: [] };

  for (const row of rows) {
    const key = progressRowKey(row);
    if (Object.prototype.hasOwnProperty.call(resolutions, key)) {
      const chosen = resolutions[key];
      if (chosen === null) {
        result.ignored.push(row);
        continue;
      }
      const task = byId.get(normalizeTaskId(chosen))?.[0] ?? tasks.find((candidate) => candidate.id === chosen);
      if (task) {
        result.matched.push({ row, task, by: "resolution", score: 1 });
        continue;
      }
      result.unmatched.push({ row, reason: "unknown-resolution", candidates: titleCandidates(row, matcher) });
      continue;
    }

    const title = row.title ?? "";
    const idTasks = trustedSheets.has(sheetKey(row)) ? tasksOf(row) : [];
    if (idTasks.length === 1) {
      const task = idTasks[0];
      if (title === "") {
        result.matched.push({ row, task, by: "id", score: 1 });
        continue;
      }
      const score = scoreOf(row, task);
      const rivals = score >= threshold ? [] : matcher.candidates(title, CANDIDATES).filter((candidate) => candidate.task !== task && candidate.score >= threshold && candidate.score > score);
      if (rivals.length === 0) result.matched.push({ row, task, by: "id", score });
      else result.ambiguous.push({ row, reason: "id-title-disagree", candidates: [{ task, score }, ...rivals] });
      continue;
    }
    if (idTasks.length > 1) {
      const scored = idTasks.map((task) => ({ task, score: title === "" ? 0 : matcher.score(title, task) })).sort((a, b) => b.score - a.score);
      const close = scored.filter((candidate) => candidate.score >= threshold);
      if (close.length === 1) result.matched.push({ row, task: close[0].task, by: "id", score: close[0].score });
      else result.ambiguous.push({ row, reason: "duplicate-id", candidates: scored });
      continue;
    }

    if (title === "") {
      // No title to match by: the tasks whose titles are likest the progress text are offered, never chosen.
      result.unmatched.push({ row, reason: "no-match", candidates: matcher.candidates(row.text, CANDIDATES) });
      continue;
    }
    // A title equal to one task's title (after normalisation) is that task: score 1, nothing else to compare.
    const exact = matcher.exact(title);
    if (exact.length === 1) {
      result.matched.push({ row, task: exact[0], by: "title", score: 1 });
      continue;
    }
    let candidates = matcher.candidates(title, CANDIDATES);
    let close = candidates.filter((candidate) => candidate.score >= threshold);
    if (close.length === 0) {
      // Nothing close among the tasks sharing the title's rarest pairs: look wider before asking the clerk.
      candidates = matcher.candidates(title, CANDIDATES, true);
      close = candidates.filter((candidate) => candidate.score >= threshold);
    }
    if (close.length === 0) {
      result.unmatched.push({ row, reason: "no-match", candidates });
      continue;
    }
    if (close.length === 1 || (close[0].score === 1 && close[1].score < 1)) {
      result.matched.push({ row, task: close[0].task, by: "title", score: close[0].score });
      continue;
    }
    const responsible = row.department === "" ? [] : close.filter((candidate) => candidate.task.leads.includes(row.department) || candidate.task.supporting.includes(row.department));
    if (responsible.length === 1) {
      result.matched.push({ row, task: responsible[0].task, by: "title-department", score: responsible[0].score });
      continue;
    }
    result.ambiguous.push({ row, reason: "several-titles", candidates: close });
  }
  return result;
}

function sheetKey(row: ProgressRow): string {
  return `${row.source.file ?? ""}|${row.source.sheet}`;
}

function titleCandidates(row: ProgressRow, matcher: TitleMatcher): TaskCandidate[] {
  return row.title ? matcher.candidates(row.title, CANDIDATES) : [];
}

/** Below this, a progress text's likeness to a task title says nothing about which task it is. */
const TEXT_EVIDENCE = 0.3;

/**
 * The sheets whose 序号 column holds task numbers: the ids name tasks, and the rows' titles agree with those
 * tasks (or, on a sheet without titles, the progress texts do not point at other tasks: a text is evidence only
 * when some task title is like it, and agrees when the numbered task is among the three likest).
 */
function trustIdColumns(
  rows: readonly ProgressRow[],
  tasksOf: (row: ProgressRow) => Task[],
  scoreOf: (row: ProgressRow, task: Task) => number,
  matcher: TitleMatcher,
): Set<string> {
  const evidence = new Map<string, { agreeing: number; disagreeing: number }>();
  for (const row of rows) {
    const tasks = tasksOf(row);
    if (tasks.length === 0) continue;
    const key = sheetKey(row);
    const counts = evidence.get(key) ?? { agreeing: 0, disagreeing: 0 };
    evidence.set(key, counts);
    if (row.title) {
      if (tasks.some((task) => scoreOf(row, task) >= ID_TITLE_AGREEMENT)) counts.agreeing++;
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
