import { KEY_SEPARATOR, SHEET_KEY_PREFIX, type TemplateSheetKey } from "./templateKeyFormat";

/**
 * The header row's key of a report template (format in templateKeyFormat.ts).
 * @example formatSheetKey({ period: "2007-10", department: "省经委", taskIds: ["1", "2"] }) // "督查台账填报表|1|2007-10|%E7%9C%81…|1,2"
 */
export function formatSheetKey(key: TemplateSheetKey): string {
  return [SHEET_KEY_PREFIX, "1", key.period, encodeURIComponent(key.department), key.taskIds.map(encodeURIComponent).join(",")].join(KEY_SEPARATOR);
}
