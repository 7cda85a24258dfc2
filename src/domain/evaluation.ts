/** Targets, progress reports and per-task evaluation (ratio and status). */
import type { Task } from "./task";
import type { ProblemLocation } from "./problem";

/** Kinds of target, as in docs/RULES.md#completion-ratio. */
export type TargetKind =
  | "amount" // 完成投资1700亿元, 新增就业7万人, 200个 (正指标)
  | "level" // 达到92%, 覆盖率达80%
  | "cap" // 控制在4.5%以内 (逆指标)
  | "growth" // 增长6%左右, 增长40%以上
  | "reduction" // 降低16%, 下降2%以上, 减少8.8%
  | "cumulative" // 5年累计新增63.27万套
  | "milestone"; // 完成…改革任务, 建成…, 出台…

/** 左右 (about), 以上 (at least), 以内/以下 (at most), or exact. */
export type TargetQualifier = "about" | "at-least" | "at-most" | "exact";

export interface Target {
  kind: TargetKind;
  /** Numeric value in `unit` (a percentage is a number of percent: 6 for 6%); null for milestones. */
  value: number | null;
  /** Unit as normalised: "亿元", "万人", "%", "个", … ; "" for milestones. */
  unit: string;
  qualifier: TargetQualifier;
  /** What is measured, e.g. "工业投资", "森林覆盖率"; "" when unknown. */
  subject: string;
  /** The phrase the target was read from, e.g. "完成工业投资1700亿元". */
  text: string;
  /** For cumulative targets: the number of years of the plan (5年累计 → 5). */
  years?: number;
}

/** State read from a qualitative progress text (已完成 / 正在推进 / 未启动). */
export type MilestoneState = "done" | "in-progress" | "not-started";

/** One row of a department's progress sheet, matched (or not) to a task. */
export interface ProgressReport {
  /** Reporting department (填报单位), canonical name, "" when unknown. */
  department: string;
  /** The progress text as written (进展情况). */
  text: string;
  /** A figure reported in a value column (完成值), when present. */
  value?: number | null;
  /** Unit of `value` when given by a unit column or header. */
  unit?: string;
  /** As-of date stated by the row (截至日期), ISO, when present. */
  asOf?: string | null;
  source: ProblemLocation;
}

/** Statuses in order of precedence (docs/RULES.md#status). */
export type TaskStatus =
  | "done"
  | "overdue"
  | "no-report"
  | "no-figure" // a report counts for the period but holds no usable figure for a quantitative target
  | "lagging-badly"
  | "lagging"
  | "due-soon"
  | "on-schedule";

export const STATUS_PRECEDENCE: readonly TaskStatus[] = [
  "done",
  "overdue",
  "no-report",
  "no-figure",
  "lagging-badly",
  "lagging",
  "due-soon",
  "on-schedule",
];

/** Clerk-adjustable thresholds, saved with the workbook. Defaults are in docs/RULES.md#status. */
export interface LedgerSettings {
  /** "months": months elapsed ÷ 12 (default); "days": days elapsed ÷ days in year. */
  expectedProgressMethod: "months" | "days";
  /** Percentage points below expected progress that count as 严重滞后 (default 30). */
  laggingBadlyGap: number;
  /** Days before the deadline that count as 临期 (default 15). */
  dueSoonDays: number;
  /** Tolerance for 左右 growth targets, in percentage points (default 0.5). */
  growthTolerance: number;
  /**
   * Growth, level and cap targets: short of the target by more than this share of the target value counts as 严重滞后
   * (default 0.5: growth of 3% against 增长7% is lagging badly, 4% is lagging).
   */
  rateLaggingBadlyShare: number;
  /** Months a report's figures may lag behind the period and still count, marked 数据截至N月 (default 1: 1-9月 in October). */
  dataLagMonths: number;
  /** How a level or rate reached is shown: "ratio" the real ratio (107.3%), "capped" at 100% as many circulars print it. */
  levelReachedShown: "ratio" | "capped";
  /** Title similarity (0..1) above which a progress row matches a task by title (default 0.8). */
  titleMatchThreshold: number;
  /** Ledger sheet name pattern; {period} is replaced by yyyy-mm (default "台账 {period}"). */
  ledgerSheetName: string;
  /** Summary sheet name pattern (default "通报汇总 {period}"). */
  summarySheetName: string;
  /** The statuses that call for a 督办单 (default 滞后, 严重滞后, 逾期; 临期 may be added, the blue notice). */
  noticeStatuses: TaskStatus[];
  /** 反馈时限: days a department has to answer a 督办单, from its issue date (default 10). */
  noticeFeedbackDays: number;
}

export const DEFAULT_SETTINGS: LedgerSettings = {
  expectedProgressMethod: "months",
  laggingBadlyGap: 30,
  dueSoonDays: 15,
  growthTolerance: 0.5,
  rateLaggingBadlyShare: 0.5,
  dataLagMonths: 1,
  levelReachedShown: "ratio",
  titleMatchThreshold: 0.8,
  ledgerSheetName: "台账 {period}",
  summarySheetName: "通报汇总 {period}",
  noticeStatuses: ["lagging", "lagging-badly", "overdue"],
  noticeFeedbackDays: 10,
};

/**
 * What a gap is measured against: "expected-progress" — ratio − 序时进度 in points (amounts, counts, cumulative,
 * reductions, a stated ratio); "target-rate" — the rate reached − the target rate in percentage points (growth 6.1%
 * against 增长7%: −0.9; a cap: the cap − the rate); "target-value" — a level or cap not in %: (actual ÷ target − 1) × 100.
 */
export type GapAgainst = "expected-progress" | "target-rate" | "target-value";

/** One target of a task, evaluated: its own figure, ratio, gap and status. */
export interface TargetResult {
  target: Target;
  /** Actual figure in the target's unit, or null. */
  actual: number | null;
  /** Completion ratio as a fraction, null where none applies. */
  ratio: number | null;
  /** Percentage points against the target's bar (as TaskEvaluation.gapPoints), null without a ratio. */
  gapPoints: number | null;
  /** What gapPoints is measured against (as TaskEvaluation.gapAgainst); absent: expected progress. */
  gapAgainst?: GapAgainst;
  status: TaskStatus;
  /** Milestone state read from the text, for a qualitative target. */
  milestoneState?: MilestoneState;
}

/** A task with its targets, reports and computed result for one as-of date. */
export interface TaskEvaluation {
  task: Task;
  targets: Target[];
  /** All reports matched to the task (lead's and supporting departments'). */
  reports: ProgressReport[];
  /** The report that counts (the lead's), when any. */
  countingReport: ProgressReport | null;
  /** Actual figure in the unit of the target that decided the status (see targetResults), or null. */
  actual: number | null;
  /** Completion ratio as a fraction (1.241 for 124.1%), null where none applies. */
  ratio: number | null;
  /** Expected progress for this task (shortened by its deadline; of the deciding target's plan years), as a fraction. */
  expectedProgress: number;
  /**
   * ratio − expectedProgress in percentage points (negative when behind), null when no ratio.
   * For growth, level and cap targets the bar is the target itself, not the time elapsed: see gapAgainst.
   */
  gapPoints: number | null;
  /** What gapPoints is measured against: 序时进度 (also when absent), the target rate (percentage points), or the target value. */
  gapAgainst?: GapAgainst;
  /**
   * The month-end the counting report's figures refer to when they lag behind the period (1-9月 in an October run:
   * "2019-09-30"), shown as 数据截至9月; the task is then judged against that period's expected progress.
   */
  dataPeriod?: string;
  status: TaskStatus;
  /** 超额完成: done with a ratio above 100% (not set for caps). */
  exceeded?: boolean;
  /** Milestone state read from the text, for qualitative tasks. */
  milestoneState?: MilestoneState;
  /**
   * Every evaluated target, in order (a task without a target phrase: the milestone read from its target text).
   * The task's status is the worst of these (worstTargetStatus); actual, ratio, gapPoints, exceeded and
   * milestoneState above are those of the target that decided it.
   */
  targetResults: TargetResult[];
  /** Index in targetResults of the target that decided the status (the worst, the first when tied), null without targets. */
  decidingTargetIndex: number | null;
}
