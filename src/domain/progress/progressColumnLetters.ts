import { columnLetter, type SheetGrid } from "../grid";
import type { ProgressColumn } from "./progressRow";
import type { ProgressSheetColumn } from "./progressVocabulary";

const CELL_COLUMNS = ["id", "title", "text", "value", "unit", "department", "asOf", "ratio"] as const;

/**
 * The column letters of a sheet's logical columns (ProgressRow.columnLetters), worked out once for all its rows.
 * @example progressColumnLetters({ name: "10月", rows: [] }, { id: 0, text: 2 }) // { id: "A", text: "C" }
 */
export function progressColumnLetters(grid: Pick<SheetGrid, "origin">, columns: Partial<Record<ProgressSheetColumn, number>>): Readonly<Partial<Record<ProgressColumn, string>>> {
  const letters: Partial<Record<ProgressColumn, string>> = {};
  for (const column of CELL_COLUMNS) {
    const col = columns[column];
    if (col !== undefined) letters[column] = columnLetter(col + (grid.origin?.col ?? 0));
  }
  return Object.freeze(letters);
}
