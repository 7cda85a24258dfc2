import type { TaskColumn } from "../task";
import { normalizeHeader } from "../headers/normalizeHeader";
import { toHalfWidth } from "../text/toHalfWidth";

/**
 * Whether a row repeats the header (tables printed over several pages repeat it): two or more cells equal to their
 * column's header. A row that merely holds header words (年度计划, 目标) is a task.
 * @example isHeaderEcho({ id: "序号", title: "工作任务" }, headers) // true
 */
export function isHeaderEcho(texts: Partial<Record<TaskColumn, string>>, headers: Record<TaskColumn, string>): boolean {
  let same = 0;
  for (const column in texts) {
    const text = texts[column as TaskColumn];
    if (!text) continue;
    const header = headers[column as TaskColumn] ?? "";
    let normalized = NORMALIZED_HEADERS.get(header);
    if (normalized === undefined) {
      if (NORMALIZED_HEADERS.size >= 1000) NORMALIZED_HEADERS.clear();
      NORMALIZED_HEADERS.set(header, (normalized = normalizeHeader(header)));
    }
    if (mayNormalizeTo(text, normalized) && normalizeHeader(text) === normalized && ++same >= 2) return true;
  }
  return false;
}

/** The tables' headers normalised once (a table has a dozen; at most 1000 are kept). */
const NORMALIZED_HEADERS = new Map<string, string>();

/** What normalizeHeader drops wherever it stands (after the half-width form): spaces and the marks * ★ ※. */
const DROPPED = /^[\s\u00a0\u200b*＊★※]$/;

/**
 * False when `text` cannot normalise to `normalized` (a task's text against a header: nearly every cell of a large
 * table), decided from its first character that normalizeHeader keeps; true when it may, and normalizeHeader decides.
 * A colon first (dropped when only colons follow) and a header normalising to "" are left to normalizeHeader.
 */
function mayNormalizeTo(text: string, normalized: string): boolean {
  if (normalized === "") return true;
  // A 汉字 or an ASCII digit first (nearly every task cell) is kept as it is.
  const first = text.charCodeAt(0);
  if ((first >= 0x4e00 && first <= 0x9fff) || (first >= 0x30 && first <= 0x39)) return normalized.charCodeAt(0) === first;
  for (const character of text) {
    const half = toHalfWidth(character);
    if (DROPPED.test(half)) continue;
    if (half === ":" || half === "：") return true;
    const kept = half === "(" ? "（" : half === ")" ? "）" : half.toLowerCase();
    return normalized.startsWith(kept);
  }
  return true;
}
