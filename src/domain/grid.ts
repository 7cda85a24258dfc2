import type { Problem } from "./problem";

/**
 * A sheet read as a grid of cell values. Row and column indexes are 0-based within the grid;
 * `origin` says where the grid's top-left cell sits in the sheet (0-based), so that addresses
 * reported to the clerk are the real ones even when the used range does not start at A1.
 */

export type CellValue = string | number | boolean | Date | null;

export interface MergedRange {
  /** 0-based, inclusive, relative to the grid (not the sheet). */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  /** Sheet name as shown on its tab. */
  name: string;
  /** Rows of cell values; rows may have different lengths; empty cells are null or "". */
  rows: CellValue[][];
  /** Merged ranges, if the reader knows them. Only the top-left cell of a merge holds its value. */
  merges?: MergedRange[];
  /** Position of rows[0][0] in the sheet, 0-based. Defaults to {row: 0, col: 0} (cell A1). */
  origin?: { row: number; col: number };
  /** File the sheet came from, when it came from a file (for problem locations). */
  file?: string;
  /** What the reader could not read, as warnings (e.g. "merges-not-read" when Excel refused the merged areas). */
  problems?: Problem[];
}

/**
 * Column letters for a 0-based column index.
 * @example columnLetter(0) // "A"; columnLetter(27) // "AB"
 */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A1 address of a grid cell, honouring the grid's origin.
 * @example cellAddress({ name: "S", rows: [], origin: { row: 2, col: 1 } }, 0, 0) // "B3"
 */
export function cellAddress(grid: Pick<SheetGrid, "origin">, row: number, col: number): string {
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  return `${columnLetter(col + originCol)}${row + originRow + 1}`;
}

/**
 * Parse an A1 address into 0-based sheet row and column.
 * @example parseCellAddress("AB12") // { row: 11, col: 27 }
 */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
