/**
 * One assignment the clerk made in step 2 and the workbook remembers for the next month (对应记录): a department's
 * progress row, by the department and the row's task as the department wrote it, to a task of the task table — or
 * set aside (不计入, `taskId` null).
 */
export interface AssignmentRecord {
  /** The reporting department (填报单位), else the file or sheet the row came from. */
  department: string;
  /** The row's task as written in the progress sheet: its title, else its number, else its text. */
  rowTask: string;
  /** The task's number (序号), null for 不计入. */
  taskId: string | null;
  /** The task's title when assigned, to tell whether the number still names the same task next month. */
  taskTitle: string;
  /** The as-of date (yyyy-mm-dd) of the month the clerk assigned it. */
  asOf: string;
}

/** The sheet the assignments are kept in: a record of the product (productSheetNameKind "register"). */
export const ASSIGNMENT_SHEET = "对应记录";
export const ASSIGNMENT_HEADERS = ["填报单位", "进展表中的任务", "对应任务序号", "对应任务", "对应时的截至日期"] as const;
/** What 对应任务序号 says for a row set aside. */
export const NOT_COUNTED_ID = "不计入";
