import { KEY_SEPARATOR, ROW_KEY_PREFIX, type TemplateRowKey } from "./templateKeyFormat";

/**
 * A task row's key of a report template (format in templateKeyFormat.ts).
 * @example formatRowKey({ taskId: "4", period: "2007-10", department: "省发展改革委", fingerprint: "9f3a0c21" })
 */
export function formatRowKey(key: TemplateRowKey): string {
  return [ROW_KEY_PREFIX, encodeURIComponent(key.taskId), key.period, encodeURIComponent(key.department), key.fingerprint].join(KEY_SEPARATOR);
}
