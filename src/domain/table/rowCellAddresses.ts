import { cellAddress, type MergedRange, type SheetGrid } from "../grid";
import type { ColumnMap, TaskColumn } from "../task";

const ALL_COLUMNS: TaskColumn[] = ["id", "category", "title", "target", "unit", "lead", "supporting", "responsible", "deadline", "leader", "remark"];

/**
 * The A1 address of each mapped column's cell in a task's row — of the merge's top cell when the cell is merged down
 * from a row above (as readRowCells reads its value). Worked out when a problem needs a cell, not for every row.
 * @example rowCellAddresses(grid, { id: 0, title: 1, lead: 2 }, [], 5) // { id: "A6", title: "B6", lead: "C6" }
 */
export function rowCellAddresses(grid: SheetGrid, columns: ColumnMap, rowMerges: readonly MergedRange[], row: number): Partial<Record<TaskColumn, string>> {
  const address: Partial<Record<TaskColumn, string>> = {};
  for (const column of ALL_COLUMNS) {
    const col = columns[column];
    if (col === undefined) continue;
    const merge = rowMerges.length === 0 ? undefined : rowMerges.find((range) => range.top < row && range.left <= col && col <= range.right);
    address[column] = cellAddress(grid, merge ? merge.top : row, col);
  }
  return address;
}
