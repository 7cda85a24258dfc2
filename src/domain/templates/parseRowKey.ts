import { decodeKeyPart } from "./decodeKeyPart";
import { KEY_SEPARATOR, ROW_KEY_PREFIX, type TemplateRowKey } from "./templateKeyFormat";

/**
 * A row key read back, or null when the text is not one.
 * @example parseRowKey(formatRowKey(key))?.taskId // "4"
 */
export function parseRowKey(text: string): TemplateRowKey | null {
  const parts = text.trim().split(KEY_SEPARATOR);
  if (parts.length !== 5 || parts[0] !== ROW_KEY_PREFIX) return null;
  const taskId = decodeKeyPart(parts[1]);
  const department = decodeKeyPart(parts[3]);
  if (taskId === null || department === null) return null;
  return { taskId, period: parts[2], department, fingerprint: parts[4] };
}
