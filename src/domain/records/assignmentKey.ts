import { normalizeName } from "../text/normalizeName";
import { normalizeTitle } from "../titles/normalizeTitle";

/**
 * The comparison key of a remembered assignment: the department and the row's task normalised (spaces, full-width
 * forms, punctuation and a leading enumeration do not count), so that next month's same row finds it.
 * @example assignmentKey("省 经委", "（一）全省工业用电量。") // "省经委|全省工业用电量"
 */
export function assignmentKey(department: string, rowTask: string): string {
  return `${normalizeName(department)}|${normalizeTitle(rowTask) || normalizeName(rowTask)}`;
}
