/**
 * The hidden keys of a report template (in its hidden last column): one on the header row naming the template
 * (period, department, the task numbers it lists) and one on each task row (task number, period, department and
 * a fingerprint of the locked cells as written). They let the import take every row exactly, and tell a changed
 * task list or an edit outside the input cells. A key is its parts joined by KEY_SEPARATOR, each free-text part
 * percent-encoded (formatSheetKey, formatRowKey; read back by parseSheetKey, parseRowKey).
 */

export const SHEET_KEY_PREFIX = "督查台账填报表";
export const ROW_KEY_PREFIX = "督查台账填报行";
export const KEY_SEPARATOR = "|";

/** What the header row's key names: the template's period, department and the task numbers it lists. */
export interface TemplateSheetKey {
  period: string;
  department: string;
  taskIds: string[];
}

/** What a task row's key names: the task, the template's period and department, and the locked cells' fingerprint. */
export interface TemplateRowKey {
  taskId: string;
  period: string;
  department: string;
  fingerprint: string;
}
