import type { TaskStatus } from "../evaluation";

/** Most severe first; done counts only when every target is done. */
const SEVERITY: readonly TaskStatus[] = ["overdue", "no-report", "no-figure", "lagging-badly", "lagging", "due-soon", "on-schedule", "done"];

/**
 * The target that decides a task's status: the one with the most severe status, in the order overdue, no report,
 * lagging badly, lagging, due soon, on schedule; done only when every target is done. Of equally severe targets the
 * first decides (also when all are done). Undefined for no targets.
 * @example worstTargetStatus([{ status: "on-schedule" }, { status: "lagging" }, { status: "done" }]) // { status: "lagging" }
 * @example worstTargetStatus([{ status: "done" }, { status: "done" }]) // the first, { status: "done" }
 * Rule: docs/RULES.md, 状态 (statuses and their precedence).
 */
export function worstTargetStatus<T extends { status: TaskStatus }>(results: readonly T[]): T | undefined {
  let worst: T | undefined;
  for (const result of results) {
    if (worst === undefined || SEVERITY.indexOf(result.status) < SEVERITY.indexOf(worst.status)) worst = result;
  }
  return worst;
}
