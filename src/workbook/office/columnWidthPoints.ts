/**
 * An Excel column width in characters (what ExcelJS and the file store) as points (what Office.js
 * `format.columnWidth` takes): 7 px per character of the default 11 pt font plus 5 px of padding,
 * at 0.75 pt per px.
 * @example columnWidthPoints(10) // 56.25
 */
export function columnWidthPoints(characters: number): number {
  return (Math.round(characters * 7) + 5) * 0.75;
}
