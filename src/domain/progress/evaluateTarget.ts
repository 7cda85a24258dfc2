import type { GapAgainst, LedgerSettings, MilestoneState, ProgressReport, Target, TargetResult } from "../evaluation";
import type { Problem, ProblemLocation } from "../problem";
import type { Task } from "../task";
import { completionRatio } from "./completionRatio";
import type { EvaluateTaskContext } from "./evaluateTaskContext";
import { expectedProgress } from "./expectedProgress";
import { extractActual, type ActualReading } from "./extractActual";
import { dayNumber } from "../dates/dayNumber";
import type { CalendarDate } from "../dates/readIsoDate";
import { findNumbers } from "../numbers/findNumbers";
import { readMilestoneState } from "./readMilestoneState";
import { readStatedRatios } from "./readStatedRatios";
import { reportPartForTarget } from "./reportPartForTarget";
import { reportsDone } from "./reportsDone";
import { statedRatioFor } from "./statedRatioFor";
import { targetFacts } from "./targetFacts";
import { taskStatus, type TaskStatusFacts } from "./taskStatus";

const EPSILON = 1e-9;

/** One target evaluated, with what the task takes from it when it decides the status. */
export interface TargetOutcome {
  result: TargetResult;
  expected: number;
  exceeded: boolean;
}

/** What every target of one task shares. */
export interface TaskFrame {
  task: Task;
  context: EvaluateTaskContext;
  settings: LedgerSettings;
  /** Shared between tasks: read-only. */
  asOf: Readonly<CalendarDate> | null;
  deadline: Readonly<CalendarDate> | null;
  targets: readonly Target[];
  problems: Problem[];
}

/**
 * Evaluate one target of a task: its expected progress (shortened by the deadline; years of the plan for multi-year
 * targets), the actual figure or milestone state read from the counting report, the ratio, the gap and the status.
 * Problems go to `frame.problems`.
 * @example evaluateTarget(frame, parseTargets("当年计划投资284亿元")[0], 0).result
 * // { target, actual: 241.4, ratio: 0.85, gapPoints: 1.67, status: "on-schedule" }
 */
export function evaluateTarget(frame: TaskFrame, target: Target, index: number): TargetOutcome {
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
      : expectedProgress(
          context.dataAsOf ?? context.asOf,
          multiYear
            ? { method: settings.expectedProgressMethod, deadline: task.deadline, planStartYear, planYears: years }
            : { method: settings.expectedProgressMethod, deadline: task.deadline },
        );
  const daysToDeadline = asOf !== null && deadline !== null ? dayNumber(deadline) - dayNumber(asOf) : null;
  const atEnd = expected >= 1 - EPSILON;
  const named = several ? target : null;

  const reading =
    target.kind === "milestone" || target.value === null
      ? readMilestoneTarget(frame, target, expected, named)
      : readFigureTarget(frame, target, index, { expected, atEnd, multiYear, named });
  const { actual, ratio, milestoneState, facts } = reading;
  const gapPoints = ratio === null ? null : facts.gapPoints;
  const status = taskStatus(
    {
      done: facts.done,
      pastDeadline: daysToDeadline !== null && daysToDeadline < 0,
      reported: facts.reported,
      noFigure: facts.noFigure,
      onSchedule: facts.onSchedule,
      gapPoints: facts.gapPoints,
      laggingBadly: facts.laggingBadly,
      daysToDeadline,
    },
    settings,
  );
  const result: TargetResult = { target, actual, ratio, gapPoints, status };
  if (facts.gapAgainst !== undefined && facts.gapAgainst !== "expected-progress") result.gapAgainst = facts.gapAgainst;
  if (milestoneState !== undefined) result.milestoneState = milestoneState;
  const exceeded = status === "done" && ratio !== null && ratio > 1 + EPSILON && target.kind !== "cap";
  return { result, expected, exceeded };
}

/** What a target's report says: the actual figure, the ratio, the milestone state and the facts its status rests on. */
interface TargetReading {
  actual: number | null;
  ratio: number | null;
  milestoneState?: MilestoneState;
  facts: Omit<TaskStatusFacts, "pastDeadline" | "daysToDeadline"> & { gapAgainst?: GapAgainst };
}

/** A target with no figure (a milestone): the report's state (done, under way, not started) or its own stated ratio. */
function readMilestoneTarget(frame: TaskFrame, target: Target, expected: number, named: Target | null): TargetReading {
  const { task, problems } = frame;
  const report = frame.context.countingReport;
  const mentions = report === null || typeof report.text !== "string" ? [] : findNumbers(report.text);
  const state = report === null ? null : reportsDone(report.text) ? "done" : readMilestoneState(report.text, mentions);
  const milestoneState = state ?? undefined;
  // 完成年度投资计划的69%, 开、复工率79%, 正在施工中(93%): a target with no figure takes the report's own ratio.
  const stated = report === null ? undefined : statedRatioFor(readStatedRatios(report.text, mentions), target, task.title);
  if (stated !== undefined) {
    const ratio = stated.ratio;
    const gap = (ratio - expected) * 100;
    return { actual: null, ratio, milestoneState, facts: { done: ratio >= 1 - EPSILON, reported: true, onSchedule: gap >= -EPSILON, gapPoints: gap } };
  }
  if (report !== null && state === null) problems.push(unreadable(task, report, named));
  const facts = { done: state === "done", reported: report !== null, onSchedule: state !== "not-started", gapPoints: state === "not-started" ? -expected * 100 : null };
  return { actual: null, ratio: null, milestoneState, facts };
}

/**
 * A target with a figure: the actual read from the report (its clause for this target when there are several), in the
 * target's unit, the completion ratio (capped for a level reached when the settings say so) and the stated-ratio check.
 */
function readFigureTarget(
  frame: TaskFrame,
  target: Target,
  index: number,
  at: { expected: number; atEnd: boolean; multiYear: boolean; named: Target | null },
): TargetReading {
  const { task, settings, problems } = frame;
  const report = frame.context.countingReport;
  let actual: number | null = null;
  let ratio: number | null = null;
  let milestoneState: MilestoneState | undefined;
  let fromStatedRatio = false;
  if (report !== null) {
    const part = frame.targets.length > 1 ? reportPartForTarget(report.text, target, frame.targets) : null;
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
      ratio = completionRatio(target, actual, { multiYear: at.multiYear });
      // 达到目标后完成率显示 = 封顶100%: a level reached reads 100%, as many circulars print it.
      if (ratio !== null && ratio > 1 && target.kind === "level" && settings.levelReachedShown === "capped") ratio = 1;
      if (reading.reportedRatio !== undefined && reading.source !== "ratio" && ratio !== null && isProRata(target)) {
        // Beyond the rounding of the stated ratio (53% stands for 52.5–53.5%), and never for less than 0.1 point.
        const tolerance = Math.max(0.5 / 10 ** (reading.stated?.decimals ?? 0), 0.1) / 100;
        if (Math.abs(ratio - reading.reportedRatio) > tolerance + EPSILON) problems.push(ratioDiffers(task, report, ratio, reading.reportedRatio, at.named));
      }
    }
  }
  const facts: TargetReading["facts"] =
    milestoneState === "done"
      ? { done: true, reported: true, onSchedule: true, gapPoints: null }
      : targetFacts(target, actual, ratio, { expected: at.expected, atEnd: at.atEnd, multiYear: at.multiYear, fromStatedRatio }, settings);
  // A report that counts but holds no usable figure is 缺数字, not 未报送.
  if (report !== null && actual === null && milestoneState !== "done") facts.noFigure = true;
  return { actual, ratio, milestoneState, facts };
}

function isProRata(target: Target): boolean {
  return target.kind === "amount" || target.kind === "level" || target.kind === "cumulative";
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

