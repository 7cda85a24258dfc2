import type { TaskStatus } from "../evaluation";

/** The statuses a supervision notice may follow, as the clerk writes them (and the English keys a saved setting may hold). */
const STATUS_WORDS: Readonly<Record<string, TaskStatus>> = {
  滞后: "lagging", 严重滞后: "lagging-badly", 逾期: "overdue", 临期: "due-soon",
  lagging: "lagging", "lagging-badly": "lagging-badly", overdue: "overdue", "due-soon": "due-soon",
};

/**
 * The statuses that call for a 督办单, read from a list such as “滞后、严重滞后、逾期” (、 , ， ; ； or spaces between
 * them; 临期 may be added, as the blue 督办单), in the order of STATUS_WORDS; null when a word is none of them or
 * the list is empty.
 * @example noticeStatusesFromText("滞后、严重滞后、逾期、临期") // ["lagging", "lagging-badly", "overdue", "due-soon"]
 * @example noticeStatusesFromText("滞后、落后") // null
 */
export function noticeStatusesFromText(text: string): TaskStatus[] | null {
  const words = text.split(/[、,，;；\s]+/).map((word) => word.trim()).filter((word) => word !== "");
  if (words.length === 0 || words.some((word) => !Object.hasOwn(STATUS_WORDS, word))) return null;
  const chosen = new Set(words.map((word) => STATUS_WORDS[word]));
  return (["lagging", "lagging-badly", "overdue", "due-soon"] as const).filter((status) => chosen.has(status));
}
