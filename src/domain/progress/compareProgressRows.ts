import type { ProgressRow } from "./progressRow";

/**
 * Progress rows in sheet order: by file, then sheet, then row.
 * @example [rowB3, rowA7].sort((a, b) => compareProgressRows(a, b)) // file a.xlsx before b.xlsx, row 4 before row 12
 */
export function compareProgressRows(a: ProgressRow, b: ProgressRow): number {
  return (a.source.file ?? "").localeCompare(b.source.file ?? "") || a.source.sheet.localeCompare(b.source.sheet) || a.source.row - b.source.row;
}
