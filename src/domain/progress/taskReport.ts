import type { ProgressReport } from "../evaluation";
import type { ProgressMatch } from "./matchProgressRows";

/** Who sent a task's report: its lead, a supporting department, a row naming no department, or another department. */
export type TaskReportRole = "lead" | "supporting" | "unknown" | "outsider";

/** A progress row matched to a task, read as one of its reports. */
export interface TaskReport {
  match: ProgressMatch;
  report: ProgressReport;
  role: TaskReportRole;
  /** current: of the period; lagged: up to 数据滞后月数 behind it (counts when none of the period answers); stale: older; later: after the as-of date. */
  period: "current" | "lagged" | "stale" | "later";
  /** The figure in the target's unit, when the target has a number and the report gives one (read only when compared). */
  figure?: number | null;
}

/** The current reports of a respective task, lead by lead in the task's lead order. */
export interface LeadSplit {
  /** Per lead, its current rows (sheet order). */
  rows: TaskReport[][];
  /** Per lead that reported a readable figure, its first such row (figure set). */
  usable: TaskReport[];
  /** Leads with a current row but no readable figure: their first row. */
  unreadable: TaskReport[];
  /** Leads with no current row. */
  notReported: string[];
}
