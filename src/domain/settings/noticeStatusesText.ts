import type { TaskStatus } from "../evaluation";

const WORDS: Partial<Record<TaskStatus, string>> = { lagging: "滞后", "lagging-badly": "严重滞后", overdue: "逾期", "due-soon": "临期" };

/**
 * The statuses that call for a 督办单 as the 设置 sheet and the saved settings write them (noticeStatusesFromText reads it back).
 * @example noticeStatusesText(["lagging", "lagging-badly", "overdue"]) // "滞后、严重滞后、逾期"
 */
export function noticeStatusesText(statuses: readonly TaskStatus[]): string {
  return statuses.map((status) => WORDS[status] ?? status).join("、");
}
