import type { SheetGrid } from "../../domain/grid";
import { columnLetter } from "../../domain/grid";
import type { ColumnChoice } from "./ledgerService";

/**
 * The columns of a sheet as the clerk sees them, for the dropdowns that correct the detected columns:
 * every column of the grid with its letter and its header text (from detectTaskColumns' `texts`, "" when
 * the column has none or no header was found).
 * @example columnChoices(grid, ["序号", "工作任务", "牵头单位"]) // [{ index: 0, letter: "A", header: "序号" }, …]
 */
export function columnChoices(grid: SheetGrid, texts: readonly string[] | null): ColumnChoice[] {
  const originCol = grid.origin?.col ?? 0;
  const width = Math.max(texts?.length ?? 0, grid.rows.reduce((max, row) => Math.max(max, row.length), 0));
  return Array.from({ length: width }, (_, index) => ({ index, letter: columnLetter(index + originCol), header: (texts?.[index] ?? "").replace(/\s+/g, " ").trim() }));
}
