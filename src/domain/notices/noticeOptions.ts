import type { TaskStatus } from "../evaluation";

/** Settings of the supervision notices (督办单). */
export interface NoticeOptions {
  /** The statuses that call for a notice (default 滞后, 严重滞后, 逾期; 临期 may be added). */
  statuses: TaskStatus[];
  /** Days the department has to answer, counted from the issue date (default 10). */
  feedbackDays: number;
  /** The issuing office signed under the notice. */
  issuer: string;
  /** The first notice's number in its year (the next after those in the 督办登记). */
  firstNumber: number;
}

export const DEFAULT_NOTICE_OPTIONS: NoticeOptions = {
  statuses: ["lagging", "lagging-badly", "overdue"],
  feedbackDays: 10,
  issuer: "督查室",
  firstNumber: 1,
};
