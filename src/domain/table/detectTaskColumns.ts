import type { SheetGrid } from "../grid";
import type { ColumnMap, TaskColumn } from "../task";
import { findHeaderRow } from "../headers/findHeaderRow";
import { TASK_VOCABULARY } from "./taskVocabulary";

/** The columns of a task table as found from its header. */
export interface TaskColumns {
  /** 0-based grid row of the header's last row: tasks start below it. */
  headerRow: number;
  /** 0-based grid row where the header starts (headerRow − 1 for a two-row header). */
  firstHeaderRow: number;
  columns: ColumnMap;
  /** Header text of each column found, e.g. { lead: "牵头单位" }. */
  headers: Partial<Record<TaskColumn, string>>;
  /** Header text of every grid column ("" when none), for the clerk's correcting dropdowns. */
  texts: string[];
}

/**
 * Find a task table's header and columns (序号, 工作任务, 年度目标, 单位, 牵头单位, 配合单位, 责任单位, 完成时限,
 * 分管领导, 备注 and their variants, Chinese or English), under any title rows, over one or two header rows.
 * Null when no row has a task column and a lead or responsibility column.
 * @example detectTaskColumns(grid) // { headerRow: 1, firstHeaderRow: 1, columns: { id: 0, title: 1, lead: 2, supporting: 3, deadline: 4 }, … }
 */
export function detectTaskColumns(grid: SheetGrid): TaskColumns | null {
  const header = findHeaderRow(grid, TASK_VOCABULARY);
  if (header === null) return null;
  return { headerRow: header.row, firstHeaderRow: header.firstRow, columns: header.columns, headers: header.headers, texts: header.texts };
}
