import { textWidth } from "./textWidth";

/** Points per line of wrapped text at 11 pt, with a CJK font's line spacing. */
const LINE_POINTS = 15;
const PADDING_POINTS = 4;

/**
 * Estimated height in points of a row whose cells wrap: the tallest cell's number of lines, from the
 * text width and the column width. Used by file writers, which cannot measure text; Excel itself
 * autofits the rows (Office.js writer).
 * @example estimateRowHeight(["1", "耕地保有量保持在553万公顷。"], [6, 10]) // 49 (3 lines of 15 pt + 4)
 */
export function estimateRowHeight(texts: readonly string[], columnWidths: readonly number[], minimumLines = 1): number {
  let lines = minimumLines;
  texts.forEach((text, col) => {
    if (!text) return;
    const usable = Math.max(1, (columnWidths[col] ?? 10) - 1);
    const cellLines = text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
    lines = Math.max(lines, cellLines);
  });
  return lines * LINE_POINTS + PADDING_POINTS;
}
