import type { TaskCandidate } from "./createTitleMatcher";
import type { ProgressRow } from "./progressRow";
import type { Task } from "../task";

/*
 * What matching progress rows to tasks gives (matchProgressRows): each row matched, listed for the clerk, or set aside.
 */

/** How a row was matched: its task number, its title, its title and reporting department together, or the clerk. */
export type ProgressMatchMethod = "id" | "title" | "title-department" | "resolution" | "template";

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

/** Where one row ends: matched, or listed for the clerk as unmatched or ambiguous. */
export type RowMatchOutcome = { matched: ProgressMatch } | { unmatched: UnresolvedProgressRow } | { ambiguous: UnresolvedProgressRow };
