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
  /**
   * The task's id: its printed number (序号) without punctuation ("3" for “3.” or “（3）”, "一" for “（一）”), made
   * unique where numbering restarts under each heading ("二-3") or a merged 序号 covers several rows ("5-2"); a
   * generated one only where the document prints none (see docs/RULES.md, 任务编号).
   */
  id: string;
  /** The number as printed before the task (“1.”, “(一)”, “204、”), "" or absent when it has none. */
  number?: string;
  /** The number is inherited from a merged 序号 cell above, not printed on the task's own row. */
  numberInferred?: boolean;
  /** Printed numbers of the headings the task stands under, outermost first (["二", "一"]). */
  section?: string[];
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
  /** 分管领导, when the table has it (as written). */
  leader?: string;
  /** Named leaders (责任领导 / 分管领导 / 市领导): persons, never departments. */
  leaders?: string[];
  /**
   * Names the reading inferred rather than read as written: a carried level prefix (国土房管局 → 市国土房管局),
   * a unit or leader inherited from a merged cell or a heading, a run-together name split.
   */
  inferred?: string[];
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
