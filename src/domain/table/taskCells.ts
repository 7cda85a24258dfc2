import type { MergedRange, SheetGrid } from "../grid";
import type { ColumnMap, TaskColumn } from "../task";
import { rowCellAddresses } from "./rowCellAddresses";

/** Where a task's cells are, and what validation needs that the Task does not keep. */
export interface TaskRowCells {
  /** A1 address of each mapped column's cell in the task's row (of the merge's top cell when merged down); worked out when asked. */
  readonly address: Partial<Record<TaskColumn, string>>;
  /**
   * Each department's canonical name → the column of the cell that names it (the lead cell first; its A1 address is
   * `address[column]`). Shared by the rows of the same responsibility cells; no prototype.
   */
  departmentColumns: Readonly<Record<string, TaskColumn>>;
  /** The 序号 as written in the row's own cell ("" when empty or merged from above: the id is generated). */
  idText: string;
  /** The 完成时限 cell as text ("" when empty). */
  deadlineText: string;
  /** False when the 完成时限 cell holds a date that cannot exist or is no date (bad-deadline). */
  deadlineValid: boolean;
}

/**
 * A task's cells as readTaskTable keeps them; where they are (`address`) is worked out when a problem asks — most rows
 * have none — from the row and its merges.
 * @example taskCells(grid, columns, [], 5, { departmentColumns, idText: "3", deadlineText: "2011年底", deadlineValid: true }).address.lead // "C6"
 */
export function taskCells(grid: SheetGrid, columns: ColumnMap, rowMerges: readonly MergedRange[], row: number, read: Omit<TaskRowCells, "address">): TaskRowCells {
  return new TaskCells(grid, columns, rowMerges, row, read);
}

class TaskCells implements TaskRowCells {
  readonly departmentColumns: TaskRowCells["departmentColumns"];
  readonly idText: string;
  readonly deadlineText: string;
  readonly deadlineValid: boolean;

  constructor(
    private readonly grid: SheetGrid,
    private readonly columns: ColumnMap,
    private readonly rowMerges: readonly MergedRange[],
    private readonly row: number,
    read: Omit<TaskRowCells, "address">,
  ) {
    this.departmentColumns = read.departmentColumns;
    this.idText = read.idText;
    this.deadlineText = read.deadlineText;
    this.deadlineValid = read.deadlineValid;
  }

  get address(): Partial<Record<TaskColumn, string>> {
    return rowCellAddresses(this.grid, this.columns, this.rowMerges, this.row);
  }
}

