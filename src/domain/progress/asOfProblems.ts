import type { Problem } from "../problem";
import type { Task } from "../task";
import { planYear } from "./planYear";

/**
 * Warnings about an as-of date before computing: outside the task table's plan year (a date forgotten at today's
 * default turns a past year's tasks 逾期), or after every task's deadline (every unfinished task becomes 逾期).
 * Empty when the date fits the plan. The pane asks before computing; the command line prints them.
 * @example asOfProblems("2026-11-30", industrialYearTasks)[0].code // "as-of-outside-plan-year"
 * @example asOfProblems("2007-10-31", industrialYearTasks) // []
 */
export function asOfProblems(asOf: string, tasks: readonly Pick<Task, "deadline">[]): Problem[] {
  const problems: Problem[] = [];
  const year = planYear(tasks);
  const asOfYear = Number(asOf.slice(0, 4));
  if (year !== null && asOfYear !== year) {
    problems.push({
      code: "as-of-outside-plan-year",
      severity: "warning",
      message: `截至日期 ${asOf} 不在任务表的年度（${year}年）内：按此日期计算，序时进度和逾期都会与${year}年的实际不符。请改为${year}年内的日期，或确认确实要按此日期计算。`,
      messageEn: `The as-of date ${asOf} is outside the task table's year (${year}): expected progress and overdue statuses would not reflect ${year}. Choose a date in ${year}, or confirm this date.`,
    });
  }
  const deadlines = tasks.flatMap((task) => (task.deadline !== null ? [task.deadline] : []));
  const latest = [...deadlines].sort().at(-1);
  if (latest !== undefined && asOf > latest) {
    problems.push({
      code: "as-of-after-deadlines",
      severity: "warning",
      message: `截至日期 ${asOf} 晚于所有任务的完成时限（最晚 ${latest}）：未完成的任务将全部列为“逾期”。请检查截至日期。`,
      messageEn: `The as-of date ${asOf} is after every task's deadline (the latest is ${latest}): every unfinished task would be overdue. Check the as-of date.`,
    });
  }
  return problems;
}
