import type { ProgressRow } from "../progress/progressRow";
import { progressRowKey } from "../progress/progressRowKey";
import type { Task } from "../task";
import type { AssignmentRecord } from "./assignmentRecord";
import { assignmentKey } from "./assignmentKey";
import { assignmentRowIdentity } from "./assignmentRowIdentity";

export interface AssignmentChanges {
  /** This month's rows (computeProgress). */
  rows: readonly ProgressRow[];
  /** The clerk's choices this month: row key → task id, or null for 不计入. */
  resolutions: Readonly<Record<string, string | null>>;
  /** Row keys whose remembered assignment the clerk undid: forgotten. */
  forgotten?: readonly string[];
  tasks: readonly Task[];
  asOf: string;
}

/**
 * The assignments to remember after this month: those remembered before, with this month's choices of the clerk
 * added or replacing the same department's same row, and the ones the clerk undid removed. Order: earlier records
 * first, new ones after, so the sheet reads as a history. A choice naming no task of the table is not remembered.
 * @example mergeAssignmentRecords([], { rows, resolutions: { "|省经委进展|C20": null }, tasks, asOf: "2007-10-31" })[0].taskId // null
 */
export function mergeAssignmentRecords(previous: readonly AssignmentRecord[], changes: AssignmentChanges): AssignmentRecord[] {
  const records = new Map(previous.map((record) => [assignmentKey(record.department, record.rowTask), record]));
  const forgotten = new Set(changes.forgotten ?? []);
  for (const row of changes.rows) {
    const rowKey = progressRowKey(row);
    const resolved = Object.prototype.hasOwnProperty.call(changes.resolutions, rowKey);
    // Most rows were neither resolved nor undone by the clerk: nothing to work out for them.
    if (!resolved && !forgotten.has(rowKey)) continue;
    const identity = assignmentRowIdentity(row);
    if (!resolved) {
      records.delete(identity.key);
      continue;
    }
    const taskId = changes.resolutions[rowKey] ?? null;
    const task = taskId === null ? null : changes.tasks.find((candidate) => candidate.id === taskId);
    if (task === undefined) continue;
    const before = records.get(identity.key);
    if (before !== undefined && before.taskId === (task?.id ?? null)) continue;
    records.delete(identity.key);
    records.set(identity.key, { department: identity.department, rowTask: identity.rowTask, taskId: task?.id ?? null, taskTitle: task?.title ?? "", asOf: changes.asOf });
  }
  return [...records.values()];
}
