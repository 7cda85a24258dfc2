import type { TaskReport } from "./taskReport";

/**
 * The reports of a task that answer for the period (outsiders never do): this period's, or — when none of this
 * period's is the lead's or an unnamed row's — the lagged ones (1-9月 in an October run), statistics published with a
 * lag counting when no report of the period itself does. Rule: docs/RULES.md, 状态 (谁的进展算数, 滞后发布的统计数).
 * @example countingPeriodReports([{ role: "lead", period: "lagged", … }]) // [{ role: "lead", period: "lagged", … }]
 */
export function countingPeriodReports(reports: readonly TaskReport[]): TaskReport[] {
  const ofPeriod = reports.filter((entry) => entry.period === "current" && entry.role !== "outsider");
  const answers = (entries: readonly TaskReport[]): boolean => entries.some((entry) => entry.role === "lead" || entry.role === "unknown");
  if (answers(ofPeriod)) return ofPeriod;
  const lagged = reports.filter((entry) => entry.period === "lagged" && entry.role !== "outsider");
  return answers(lagged) ? lagged : ofPeriod;
}
