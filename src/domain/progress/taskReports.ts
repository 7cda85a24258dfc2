import type { DepartmentRoster } from "../departments/buildRoster";
import type { ProgressReport } from "../evaluation";
import type { Task } from "../task";
import { compareProgressRows } from "./compareProgressRows";
import type { ProgressMatch } from "./matchProgressRows";
import type { ProgressRow } from "./progressRow";
import { reportRole } from "./reportRole";
import type { TaskReport, TaskReportRole } from "./taskReport";

/** The run's as-of date, the month a report must reach to be current and the earliest a lagged one may. */
interface ReportPeriod {
  asOf: string;
  /** yyyy-mm */
  countingMonth: string;
  /** yyyy-mm */
  earliestLagged: string;
  roster: DepartmentRoster | undefined;
}

const ROLE_ORDER: Record<TaskReportRole, number> = { lead: 0, unknown: 1, supporting: 2, outsider: 3 };

/**
 * A task's matched rows as its reports, with each one's role (lead, unnamed, supporting, outsider) and period (current,
 * lagged, stale, later): the lead's first, then unnamed rows, supporting departments and others, each in sheet order.
 * A task's one matched row (most tasks have one) comes as it is, several as a list; each row is its own report.
 * @example taskReports(task, { row, task, by: "id", score: 1 }, { asOf: "2007-10-31", countingMonth: "2007-10", earliestLagged: "2007-09", roster: undefined })
 * // [{ match, report: row, role: "lead", period: "current" }] (row: { department: "省经委", text: "1-10月完成投资…", source: { sheet: "Sheet1", cell: "C4", row: 4 }, … })
 */
export function taskReports(task: Task, matched: ProgressMatch | readonly ProgressMatch[], period: ReportPeriod): TaskReport[] {
  if ("row" in matched) return [taskReport(task, matched, period)];
  const reports = matched
    .slice()
    .sort((a, b) => compareProgressRows(a.row, b.row))
    .map((match) => taskReport(task, match, period));
  reports.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return reports;
}

/** One matched row as a report of the task: its role and its period. */
function taskReport(task: Task, match: ProgressMatch, period: ReportPeriod): TaskReport {
  const row = match.row;
  const role: TaskReportRole = reportRole(task, row.department, period.roster);
  const asOf = row.asOf ?? period.asOf;
  const when =
    asOf > period.asOf ? "later" : inMonthOrLater(asOf, period.countingMonth) ? "current" : inMonthOrLater(asOf, period.earliestLagged) ? "lagged" : "stale";
  return { match, report: toReport(row), role, period: when };
}

/**
 * Whether a date's yyyy-mm is `month` or later: a date is compared whole with a month of seven characters (a text
 * that starts with it is after it; one that differs differs within them), with no string cut from it.
 */
function inMonthOrLater(date: string, month: string): boolean {
  return month.length === 7 ? date >= month : date.slice(0, 7) >= month;
}

/**
 * A matched row as the task's report: the row itself — a progress row holds everything a report does (its source
 * with the row number besides, its id, title and column letters) — so that 100,000 reports take no copy of their rows.
 */
function toReport(row: ProgressRow): ProgressReport {
  return row;
}
