import type { TaskStatus } from "../evaluation";

/**
 * Whether a status counts as 达到序时进度 in a circular. Reaching: done (已完成), due soon (临期:
 * on schedule, deadline near) and on schedule (序时推进). Not reaching: lagging (滞后), lagging badly
 * (严重滞后), overdue (逾期), no figure (缺数字) and not reported (未报送: a department that did not report cannot be shown
 * to be on schedule, and circulars name it with the laggards).
 * @example reachesExpectedProgress("due-soon") // true
 * @example reachesExpectedProgress("no-report") // false
 */
export function reachesExpectedProgress(status: TaskStatus): boolean {
  return status === "done" || status === "due-soon" || status === "on-schedule";
}
