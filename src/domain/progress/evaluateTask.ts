import {
  DEFAULT_SETTINGS,
  type GapAgainst,
  type LedgerSettings,
  type MilestoneState,
  type ProgressReport,
  type Target,
  type TargetResult,
  type TaskEvaluation,
} from "../evaluation";
import type { Problem, ProblemLocation } from "../problem";
import type { Task } from "../task";
import { completionRatio } from "./completionRatio";
import { expectedProgress } from "./expectedProgress";
import { extractActual, type ActualReading } from "./extractActual";
import { dayNumber } from "../dates/dayNumber";
import { readIsoDate, type CalendarDate } from "../dates/readIsoDate";
import { readMilestoneState } from "./readMilestoneState";
import { readStatedRatios } from "./readStatedRatios";
import { reportPartForTarget } from "./reportPartForTarget";
import { reportsDone } from "./reportsDone";
import { statedRatioFor } from "./statedRatioFor";
import { targetFacts } from "./targetFacts";
import { taskStatus, type TaskStatusFacts } from "./taskStatus";
import { worstTargetStatus } from "./worstTargetStatus";
import { distinctProblems } from "./distinctProblems";

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

const EPSILON = 1e-9;

/** One target evaluated, with what the task takes from it when it decides the status. */
interface TargetOutcome {
  result: TargetResult;
  expected: number;
  exceeded: boolean;
}

/** What every target of one task shares. */
interface TaskFrame {
  task: Task;
  context: EvaluateTaskContext;
  settings: LedgerSettings;
  asOf: CalendarDate | null;
  deadline: CalendarDate | null;
  targets: readonly Target[];
  problems: Problem[];
}

/**
 * Evaluate one task at an as-of date, target by target: the actual figure from the counting report (converted to the
 * target's unit), the completion ratio by kind of target, the expected progress (shortened by the deadline; years of
 * the plan for multi-year targets), the gap in points and the status in the precedence of docs/RULES.md#status.
 * With several targets, each reads its figure from the report's clauses that concern it (reportPartForTarget); the
 * report's value column answers a single target, or with several only the first, and only when no clause of the text
 * holds a figure for it. The task's status is the worst of its targets' (worstTargetStatus), and its actual, ratio,
 * gap, expected progress, 超额 and milestone state are that target's; every target is in `targetResults`.
 * Problems name the report's cell (and, with several targets, the target): `unit-mismatch` (actual null),
 * `no-figure`, `reported-ratio-differs` (完成年计划的X% does not agree with the figure), `unreadable-progress`
 * (a milestone text with no state), `plan-start-assumed`, `bad-as-of`; identical problems are given once.
 * @example evaluateTask(task, { targets: parseTargets("当年计划投资284亿元"), reports: [report], countingReport: report,
 *   asOf: "2007-10-31" }) // report "1-10月完成投资241.4亿元" → ratio 0.85, expectedProgress 0.8333, status "on-schedule"
 */
export function evaluateTask(task: Task, context: EvaluateTaskContext): { evaluation: TaskEvaluation; problems: Problem[] } {
  const problems: Problem[] = [];
  const asOf = readIsoDate(context.asOf);
  if (asOf === null) problems.push(badAsOf(context.asOf));
  const targets = context.targets.length > 0 ? context.targets : [milestoneOf(task)];
  const frame: TaskFrame = {
    task,
    context,
    settings: context.settings ?? DEFAULT_SETTINGS,
    asOf,
    deadline: readIsoDate(task.deadline),
    targets,
    problems,
  };
  const outcomes = targets.map((target, index) => evaluateTarget(frame, target, index));
  // Precedence of the targets' statuses: docs/RULES.md, 状态.
  const decisive = worstTargetStatus(outcomes.map((outcome) => outcome.result)) ?? outcomes[0].result;
  const decidingTargetIndex = Math.max(0, outcomes.findIndex((candidate) => candidate.result === decisive));
  const outcome = outcomes[decidingTargetIndex];

  const evaluation: TaskEvaluation = {
    task,
    targets: context.targets,
    reports: context.reports,
    countingReport: context.countingReport,
    actual: decisive.actual,
    ratio: decisive.ratio,
    expectedProgress: outcome.expected,
    gapPoints: decisive.gapPoints,
    status: decisive.status,
    targetResults: outcomes.map((each) => each.result),
    decidingTargetIndex,
  };
  if (decisive.milestoneState !== undefined) evaluation.milestoneState = decisive.milestoneState;
  if (decisive.gapAgainst !== undefined) evaluation.gapAgainst = decisive.gapAgainst;
  if (context.dataAsOf !== undefined && context.countingReport !== null) evaluation.dataPeriod = context.dataAsOf;
  if (outcome.exceeded) evaluation.exceeded = true;
  return { evaluation, problems: distinctProblems(problems) };
}

function evaluateTarget(frame: TaskFrame, target: Target, index: number): TargetOutcome {
  const { task, context, settings, asOf, deadline, problems } = frame;
  const report = context.countingReport;
  const several = frame.targets.length > 1;
  const years = target.years ?? (target.kind === "cumulative" || target.kind === "reduction" ? context.planYears : undefined);
  const multiYear = years !== undefined && years > 1 && (target.kind === "cumulative" || target.kind === "reduction");
  let planStartYear = context.planStartYear;
  if (multiYear && planStartYear === undefined && asOf !== null) {
    planStartYear = deadline !== null ? deadline.year - years + 1 : asOf.year;
    problems.push(planStartAssumed(task, planStartYear, years, report?.source ?? {}));
  }
  const expected =
    asOf === null
      ? 0
      : expectedProgress(context.dataAsOf ?? context.asOf, {
          method: settings.expectedProgressMethod,
          deadline: task.deadline,
          ...(multiYear ? { planStartYear, planYears: years } : {}),
        });
  const daysToDeadline = asOf !== null && deadline !== null ? dayNumber(deadline) - dayNumber(asOf) : null;
  const atEnd = expected >= 1 - EPSILON;
  const named = several ? target : null;

  let actual: number | null = null;
  let ratio: number | null = null;
  let milestoneState: MilestoneState | undefined;
  let facts: Omit<TaskStatusFacts, "pastDeadline" | "daysToDeadline"> & { gapAgainst?: GapAgainst };
  let fromStatedRatio = false;

  if (target.kind === "milestone" || target.value === null) {
    const state = report === null ? null : reportsDone(report.text) ? "done" : readMilestoneState(report.text);
    if (state !== null) milestoneState = state;
    // 完成年度投资计划的69%, 开、复工率79%, 正在施工中(93%): a target with no figure takes the report's own ratio.
    const stated = report === null ? undefined : statedRatioFor(readStatedRatios(report.text), target, task.title);
    if (stated !== undefined) {
      ratio = stated.ratio;
      const gap = (ratio - expected) * 100;
      facts = { done: ratio >= 1 - EPSILON, reported: true, onSchedule: gap >= -EPSILON, gapPoints: gap };
    } else {
      if (report !== null && state === null) problems.push(unreadable(task, report, named));
      facts = {
        done: state === "done",
        reported: report !== null,
        onSchedule: state !== "not-started",
        gapPoints: state === "not-started" ? -expected * 100 : null,
      };
    }
  } else {
    if (report !== null) {
      const part = several ? reportPartForTarget(report.text, target, frame.targets) : null;
      const reportValue =
        (part === null || (index === 0 && !part.matched)) && typeof report.value === "number" && Number.isFinite(report.value)
          ? { value: report.value, ...(report.unit !== undefined ? { unit: report.unit } : {}) }
          : undefined;
      const reading = extractActual(part === null ? report.text : part.text, target, reportValue, { title: task.title });
      if ("problem" in reading) {
        // 已完成。 / 已达标完成 alone marks the target done, figure or not.
        if (reportsDone(report.text)) milestoneState = "done";
        else problems.push(readingProblem(task, target, report, reading));
      } else {
        actual = reading.value;
        fromStatedRatio = reading.source === "ratio";
        ratio = completionRatio(target, actual, { multiYear });
        // 达到目标后完成率显示 = 封顶100%: a level reached reads 100%, as many circulars print it.
        if (ratio !== null && ratio > 1 && target.kind === "level" && settings.levelReachedShown === "capped") ratio = 1;
        if (reading.reportedRatio !== undefined && reading.source !== "ratio" && ratio !== null && isProRata(target)) {
          // Beyond the rounding of the stated ratio (53% stands for 52.5–53.5%), and never for less than 0.1 point.
          const tolerance = Math.max(0.5 / 10 ** (reading.stated?.decimals ?? 0), 0.1) / 100;
          if (Math.abs(ratio - reading.reportedRatio) > tolerance + EPSILON) problems.push(ratioDiffers(task, report, ratio, reading.reportedRatio, named));
        }
      }
    }
    facts =
      milestoneState === "done"
        ? { done: true, reported: true, onSchedule: true, gapPoints: null }
        : targetFacts(target, actual, ratio, { expected, atEnd, multiYear, fromStatedRatio }, settings);
    // A report that counts but holds no usable figure is 缺数字, not 未报送.
    if (report !== null && actual === null && milestoneState !== "done") facts.noFigure = true;
  }

  const gapPoints = ratio === null ? null : facts.gapPoints;
  const status = taskStatus(
    { ...facts, pastDeadline: daysToDeadline !== null && daysToDeadline < 0, daysToDeadline },
    settings,
  );
  const result: TargetResult = { target, actual, ratio, gapPoints, status };
  if (facts.gapAgainst !== undefined && facts.gapAgainst !== "expected-progress") result.gapAgainst = facts.gapAgainst;
  if (milestoneState !== undefined) result.milestoneState = milestoneState;
  const exceeded = status === "done" && ratio !== null && ratio > 1 + EPSILON && target.kind !== "cap";
  return { result, expected, exceeded };
}

function isProRata(target: Target): boolean {
  return target.kind === "amount" || target.kind === "level" || target.kind === "cumulative";
}

function milestoneOf(task: Task): Target {
  const text = task.target.trim() || task.title.trim();
  return { kind: "milestone", value: null, unit: "", qualifier: "exact", subject: text, text };
}

function at(location: ProblemLocation): ProblemLocation {
  const out: ProblemLocation = {};
  if (location.file !== undefined) out.file = location.file;
  if (location.sheet !== undefined) out.sheet = location.sheet;
  if (location.cell !== undefined) out.cell = location.cell;
  if (location.line !== undefined) out.line = location.line;
  return out;
}

function readingProblem(task: Task, target: Target, report: ProgressReport, reading: Exclude<ActualReading, { value: number }>): Problem {
  if (reading.problem === "unit-mismatch") {
    const { found, expectedUnit, phrase } = reading;
    return {
      code: "unit-mismatch",
      severity: "warning",
      ...at(report.source),
      message: `任务“${task.title}”的进展数字“${phrase}”单位为“${found.unit}”，无法换算为目标“${target.text}”的单位“${expectedUnit}”，未计算完成率。请按“${expectedUnit}”填报完成值，或改正单位。`,
      messageEn: `Task "${task.title}": the reported figure "${phrase}" is in ${found.unit || "no unit"}, which cannot be converted to the target's unit ${expectedUnit}; no ratio was computed. Report the value in ${expectedUnit} or correct the unit.`,
      suggestion: expectedUnit,
    };
  }
  return {
    code: "no-figure",
    severity: "warning",
    ...at(report.source),
    message: `任务“${task.title}”的进展中没有找到与目标“${target.text}”对应的数字（单位“${target.unit}”），未计算完成率。请在完成值列填报数字，或在进展中写明“完成…${target.unit}”。`,
    messageEn: `Task "${task.title}": the progress text has no figure for the target "${target.text}" (unit ${target.unit}); no ratio was computed. Fill in the value column or state the figure with its unit.`,
  };
}

function ratioDiffers(task: Task, report: ProgressReport, ratio: number, reported: number, named: Target | null): Problem {
  const computed = (ratio * 100).toFixed(1);
  const stated = (reported * 100).toFixed(1);
  const zh = named === null ? "" : `（目标“${named.text}”）`;
  const en = named === null ? "" : ` (target "${named.text}")`;
  return {
    code: "reported-ratio-differs",
    severity: "warning",
    ...at(report.source),
    message: `任务“${task.title}”${zh}的进展写明完成计划的${stated}%，按完成值与年度目标计算为${computed}%。请核对完成值或年度目标。`,
    messageEn: `Task "${task.title}"${en}: the report states ${stated}% of the plan, but the figure against the annual target gives ${computed}%. Check the figure or the target.`,
  };
}

function unreadable(task: Task, report: ProgressReport, named: Target | null): Problem {
  const zh = named === null ? "" : `（目标“${named.text}”）`;
  const en = named === null ? "" : ` (target "${named.text}")`;
  return {
    code: "unreadable-progress",
    severity: "info",
    ...at(report.source),
    message: `任务“${task.title}”${zh}的进展未写明已完成、正在推进或未启动，按序时推进处理。请核对，必要时在进展中写明状态。`,
    messageEn: `Task "${task.title}"${en}: the progress text does not say done, in progress or not started; it is treated as on schedule. Check it and state the status if needed.`,
  };
}

function planStartAssumed(task: Task, year: number, years: number, source: ProblemLocation): Problem {
  return {
    code: "plan-start-assumed",
    severity: "info",
    ...at(source),
    message: `任务“${task.title}”是${years}年累计目标，未给出规划起始年，按${year}年起算。如不符，请设置规划起始年。`,
    messageEn: `Task "${task.title}" has a ${years}-year target and no plan start year; ${year} was assumed. Set the plan start year if this is wrong.`,
  };
}

function badAsOf(asOf: string): Problem {
  return {
    code: "bad-as-of",
    severity: "error",
    message: `截至日期“${asOf}”无效，应为 yyyy-mm-dd（如 2009-10-31）。请改正后重新计算。`,
    messageEn: `The as-of date "${asOf}" is invalid; use yyyy-mm-dd (e.g. 2009-10-31) and compute again.`,
  };
}
