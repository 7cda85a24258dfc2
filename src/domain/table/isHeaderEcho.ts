import type { TaskColumn } from "../task";
import { normalizeHeader } from "../headers/normalizeHeader";

/**
 * Whether a row repeats the header (tables printed over several pages repeat it): two or more cells equal to their
 * column's header. A row that merely holds header words (年度计划, 目标) is a task.
 * @example isHeaderEcho({ id: "序号", title: "工作任务" }, headers) // true
 */
export function isHeaderEcho(texts: Partial<Record<TaskColumn, string>>, headers: Record<TaskColumn, string>): boolean {
  const same = Object.entries(texts).filter(([column, text]) => text && normalizeHeader(text) === normalizeHeader(headers[column as TaskColumn] ?? ""));
  return same.length >= 2;
}
