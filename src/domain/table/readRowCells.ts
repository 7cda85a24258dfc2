import type { CellValue, MergedRange, SheetGrid } from "../grid";
import type { ColumnMap, TaskColumn } from "../task";
import { cellText } from "../text/cellText";

/** The cells of one task-table row, by logical column. */
export interface RowCells {
  /** Each mapped column's text ("" when empty). */
  text: Partial<Record<TaskColumn, string>>;
  /** Each mapped column's value as stored. */
  values: Partial<Record<TaskColumn, CellValue | undefined>>;
}

const ALL_COLUMNS: TaskColumn[] = ["id", "category", "title", "target", "unit", "lead", "supporting", "responsible", "deadline", "leader", "remark"];

/**
 * Read a row's mapped cells; a cell merged down from a row above takes the merge's top value (in the merge's first
 * column; the other columns of a merge across are empty).
 * @example readRowCells(grid, { id: 0, title: 1 }, [], 4).text // { id: "1", title: "耕地保有量保持在553万公顷。" }
 */
export function readRowCells(grid: SheetGrid, columns: ColumnMap, rowMerges: readonly MergedRange[], row: number): RowCells {
  const cells: RowCells = { text: {}, values: {} };
  for (const column of ALL_COLUMNS) {
    const col = columns[column];
    if (col === undefined) continue;
    const merge = rowMerges.length === 0 ? undefined : rowMerges.find((range) => range.top < row && range.left <= col && col <= range.right);
    const value = merge ? (merge.left === col ? grid.rows[merge.top]?.[merge.left] : null) : grid.rows[row]?.[col];
    cells.values[column] = value;
    cells.text[column] = cellText(value);
  }
  return cells;
}
