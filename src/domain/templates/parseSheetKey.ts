import { decodeKeyPart } from "./decodeKeyPart";
import { KEY_SEPARATOR, SHEET_KEY_PREFIX, type TemplateSheetKey } from "./templateKeyFormat";

/**
 * A header key read back, or null when the text is not one.
 * @example parseSheetKey(formatSheetKey(key))?.department // "省经委"
 */
export function parseSheetKey(text: string): TemplateSheetKey | null {
  const parts = text.trim().split(KEY_SEPARATOR);
  if (parts.length !== 5 || parts[0] !== SHEET_KEY_PREFIX || parts[1] !== "1") return null;
  const department = decodeKeyPart(parts[3]);
  const taskIds = parts[4] === "" ? [] : parts[4].split(",").map(decodeKeyPart);
  if (department === null || taskIds.some((id) => id === null)) return null;
  return { period: parts[2], department, taskIds: taskIds as string[] };
}
