/** A row of a departmental progress sheet (进展情况表), as read before it is matched to a task. */

/** Where a progress row is: file (when it came from a separate file), sheet, and the cell of its progress text. */
export interface ProgressRowSource {
  file?: string;
  sheet: string;
  /** A1 address of the row's progress text (完成情况) — or of its value when the row has no text. */
  cell: string;
  /** 1-based row number in the sheet, as Excel numbers it. */
  row: number;
}

/** Logical columns of a progress sheet. */
export type ProgressColumn = "id" | "title" | "text" | "value" | "unit" | "department" | "asOf" | "ratio";

export interface ProgressRow {
  /** 序号/编号 as written (half-width, trimmed), when the sheet has such a column. */
  id?: string;
  /** 工作任务 / 任务名称 as written, when the sheet has such a column. */
  title?: string;
  /**
   * 完成情况 / 进展情况 text as written ("" when the row gives only a value), followed by the row's 完成率 column (as
   * “任务完成率133%”) and its 备注, joined with “；”.
   */
  text: string;
  /** Figure of the 完成值 / 累计完成 column, when there is one and it holds a number. */
  value?: number | null;
  /** Unit of `value`: from the 单位 column, the header (完成值（万元）) or the value cell (241.4亿元). */
  unit?: string;
  /** Reporting department (填报单位), canonical name; "" when the sheet does not say. */
  department: string;
  /** As-of date of the figures (截至日期 / 1-10月 / 截至10月末), ISO yyyy-mm-dd, when known. */
  asOf?: string | null;
  source: ProgressRowSource;
  /**
   * The column letters of the row's cells by logical column, shared by the rows of a sheet, so that a problem can
   * point at the exact cell (e.g. 填报单位): a cell's address is its letter and `source.row` (progressCellAddress).
   */
  columnLetters?: Readonly<Partial<Record<ProgressColumn, string>>>;
  /** The task number of the row's hidden key, when it came from one of the product's report templates: matched exactly. */
  templateTaskId?: string;
}
