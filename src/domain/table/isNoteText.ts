import { toHalfWidth } from "../text/toHalfWidth";

const NOTE_START = /^(?:注|说明|备注|填表说明|附注|注释|填报说明|note|notes)\s*[0-9一二三四五六七八九十]*\s*[：:.、]/i;

/**
 * Whether a cell is a note to the table (注：… / 说明：… / 填表说明：…), not a task or a heading.
 * @example isNoteText("注：列第一位者为牵头部门，下同。") // true
 * @example isNoteText("（一）约束性指标") // false
 */
export function isNoteText(text: string): boolean {
  return NOTE_START.test(toHalfWidth(text).trim());
}
