import { textWidth } from "./textWidth";

/** Points per line of wrapped text at 11 pt, with a CJK font's line spacing. */
const LINE_POINTS = 15;
const PADDING_POINTS = 4;
const CARRIAGE_RETURN = 13;

/**
 * Estimated height in points of a row whose cells wrap: the tallest cell's number of lines, from the
 * text width and the column width (each line break, \n or \r\n, starts a line). Used by file writers, which cannot
 * measure text; Excel itself autofits the rows (Office.js writer).
 * @example estimateRowHeight(["1", "耕地保有量保持在553万公顷。"], [6, 10]) // 49 (3 lines of 15 pt + 4)
 */
export function estimateRowHeight(texts: readonly string[], columnWidths: readonly number[], minimumLines = 1): number {
  let lines = minimumLines;
  for (let col = 0; col < texts.length; col++) {
    const text = texts[col];
    if (!text) continue;
    const usable = Math.max(1, (columnWidths[col] ?? 10) - 1);
    let cellLines = 0;
    let lineStart = 0;
    for (let at = text.indexOf("\n"); ; at = text.indexOf("\n", lineStart)) {
      const lineEnd = at < 0 ? text.length : at > lineStart && text.charCodeAt(at - 1) === CARRIAGE_RETURN ? at - 1 : at;
      cellLines += Math.max(1, Math.ceil(textWidth(text, lineStart, lineEnd) / usable));
      if (at < 0) break;
      lineStart = at + 1;
    }
    if (cellLines > lines) lines = cellLines;
  }
  return lines * LINE_POINTS + PADDING_POINTS;
}
