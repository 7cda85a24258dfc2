import type { LedgerSettings, ProgressReport, Target } from "../evaluation";

/** What a task is evaluated with (evaluateTask): its targets, its reports, the as-of date and the settings. */
export interface EvaluateTaskContext {
  /** The task's targets (parseTargets of its target text); every one is evaluated. */
  targets: Target[];
  /** All reports matched to the task. */
  reports: ProgressReport[];
  /** The report that counts (the lead's), or null when none was sent. */
  countingReport: ProgressReport | null;
  /** As-of date, yyyy-mm-dd. */
  asOf: string;
  /**
   * When the counting report's figures lag behind the period (1-9月 in an October run): the date they refer to,
   * yyyy-mm-dd. Expected progress is taken at that date; deadlines still count at `asOf`. Set on the evaluation as dataPeriod.
   */
  dataAsOf?: string;
  settings?: LedgerSettings;
  /** First year of a multi-year plan (cumulative targets, reductions over the plan), e.g. 2011. */
  planStartYear?: number;
  /** Years of the plan for targets that do not state them (降低16% in a five-year plan → 5). */
  planYears?: number;
}
