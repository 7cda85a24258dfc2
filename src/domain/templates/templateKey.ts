/**
 * The hidden keys of a report template (in its hidden last column): one on the header row naming the template
 * (period, department, the task numbers it lists) and one on each task row (task number, period, department and
 * a fingerprint of the locked cells as written). They let the import take every row exactly, and tell a changed
 * task list or an edit outside the input cells.
 */

export const SHEET_KEY_PREFIX = "督查台账填报表";
export const ROW_KEY_PREFIX = "督查台账填报行";

export interface TemplateSheetKey {
  period: string;
  department: string;
  taskIds: string[];
}

export interface TemplateRowKey {
  taskId: string;
  period: string;
  department: string;
  fingerprint: string;
}

const SEPARATOR = "|";

function encode(part: string): string {
  return encodeURIComponent(part);
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * The header row's key.
 * @example formatSheetKey({ period: "2007-10", department: "省经委", taskIds: ["1", "2"] }) // "督查台账填报表|1|2007-10|%E7%9C%81…|1,2"
 */
export function formatSheetKey(key: TemplateSheetKey): string {
  return [SHEET_KEY_PREFIX, "1", key.period, encode(key.department), key.taskIds.map(encode).join(",")].join(SEPARATOR);
}

/**
 * A header key read back, or null when the text is not one.
 * @example parseSheetKey(formatSheetKey(key))?.department // "省经委"
 */
export function parseSheetKey(text: string): TemplateSheetKey | null {
  const parts = text.trim().split(SEPARATOR);
  if (parts.length !== 5 || parts[0] !== SHEET_KEY_PREFIX || parts[1] !== "1") return null;
  const department = decode(parts[3]);
  const taskIds = parts[4] === "" ? [] : parts[4].split(",").map(decode);
  if (department === null || taskIds.some((id) => id === null)) return null;
  return { period: parts[2], department, taskIds: taskIds as string[] };
}

/**
 * A task row's key.
 * @example formatRowKey({ taskId: "4", period: "2007-10", department: "省发展改革委", fingerprint: "9f3a0c21" })
 */
export function formatRowKey(key: TemplateRowKey): string {
  return [ROW_KEY_PREFIX, encode(key.taskId), key.period, encode(key.department), key.fingerprint].join(SEPARATOR);
}

/**
 * A row key read back, or null when the text is not one.
 * @example parseRowKey(formatRowKey(key))?.taskId // "4"
 */
export function parseRowKey(text: string): TemplateRowKey | null {
  const parts = text.trim().split(SEPARATOR);
  if (parts.length !== 5 || parts[0] !== ROW_KEY_PREFIX) return null;
  const taskId = decode(parts[1]);
  const department = decode(parts[3]);
  if (taskId === null || department === null) return null;
  return { taskId, period: parts[2], department, fingerprint: parts[4] };
}

/**
 * A short fingerprint (FNV-1a, 32 bits, hex) of the locked cells of a row as written: 序号, 工作任务, 年度目标,
 * 本单位职责, 单位. Not a security measure: it only tells that something changed.
 * @example rowFingerprint(["1", "全省努力完成工业投资", "完成工业投资1700亿元", "牵头", "亿元"]).length // 8
 */
export function rowFingerprint(cells: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of cells.map((cell) => cell.trim()).join("\u0001")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
