import type { TaskColumn } from "../task";
import { normalizeHeader } from "../headers/normalizeHeader";

/**
 * Whether a row repeats the header (tables printed over several pages repeat it): two or more cells equal to their
 * column's header. A row that merely holds header words (年度计划, 目标) is a task.
 * @example isHeaderEcho({ id: "序号", title: "工作任务" }, headers) // true
 */
export function isHeaderEcho(texts: Partial<Record<TaskColumn, string>>, headers: Record<TaskColumn, string>): boolean {
  let same = 0;
  for (const [column, text] of Object.entries(texts)) {
    if (!text) continue;
    const header = headers[column as TaskColumn] ?? "";
    let normalized = NORMALIZED_HEADERS.get(header);
    if (normalized === undefined) {
      if (NORMALIZED_HEADERS.size >= 1000) NORMALIZED_HEADERS.clear();
      NORMALIZED_HEADERS.set(header, (normalized = normalizeHeader(header)));
    }
    if (normalizeHeader(text) === normalized && ++same >= 2) return true;
  }
  return false;
}

/** The tables' headers normalised once (a table has a dozen; at most 1000 are kept). */
const NORMALIZED_HEADERS = new Map<string, string>();
