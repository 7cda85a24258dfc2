/** One supervision notice issued (督办登记): the clerk fills 反馈日期 and 办结日期 as answers come. */
export interface RegisterEntry {
  number: string;
  department: string;
  tasks: string;
  issued: string;
  due: string;
  answered: string;
  closed: string;
  /** The period the notice supervises (进展截至, yyyy-mm-dd; "" in a register written before the column existed). */
  asOf: string;
}

export const REGISTER_SHEET = "督办登记";
export const REGISTER_HEADERS = ["督办编号", "督办单位", "督办任务", "督办日期", "反馈时限", "反馈日期", "办结日期", "进展截至"] as const;
/** The columns a 督办登记 written before 进展截至 was kept already has (the sheet is still read). */
export const REGISTER_REQUIRED_HEADERS = 7;
