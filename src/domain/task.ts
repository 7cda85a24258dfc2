/** Tasks (重点工作) as read from a responsibility table or a division document. */

/**
 * How responsibility is held:
 * - "lead": one lead department (牵头), maybe with supporting departments;
 * - "respective": several departments each lead their own part (分别牵头);
 * - "joint": shared by remit, no single lead (按职责分工负责).
 */
export type ResponsibilityKind = "lead" | "respective" | "joint";

/** Where a task came from: a sheet row (1-based, as Excel numbers it) or a text line (1-based). */
export interface TaskSource {
  file?: string;
  sheet?: string;
  row?: number;
  line?: number;
}

export interface Task {
  /** 序号/编号 as written, or a generated one ("1", "2", …) when the table has none. */
  id: string;
  /** 工作任务: the task text. */
  title: string;
  /** The section heading above the task (一、… / （二）… / 1.…), "" when none. */
  category: string;
  /** 年度目标 / 目标值 text as written ("" when none). */
  target: string;
  /** Lead departments (牵头单位), canonical names. Empty for joint responsibility. */
  leads: string[];
  /** Supporting departments (配合单位), canonical names. For joint responsibility: all responsible departments. */
  supporting: string[];
  responsibility: ResponsibilityKind;
  /** 完成时限 as an ISO date (yyyy-mm-dd), or null when none or unreadable. */
  deadline: string | null;
  /** 分管领导, when the table has it. */
  leader?: string;
  /** 备注, when the table has it. */
  remark?: string;
  /** The responsibility text as written (原文), e.g. "省水利厅、省发展改革委等部门按职责分工负责". */
  responsibilityText?: string;
  source: TaskSource;
}

/** Logical columns of a task table. */
export type TaskColumn =
  | "id"
  | "category"
  | "title"
  | "target"
  | "unit"
  | "lead"
  | "supporting"
  | "responsible"
  | "deadline"
  | "leader"
  | "remark";

/** Which 0-based grid column holds each logical column. */
export type ColumnMap = Partial<Record<TaskColumn, number>>;
