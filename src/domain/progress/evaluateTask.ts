import { DEFAULT_SETTINGS, type Target, type TaskEvaluation } from "../evaluation";
import type { Problem } from "../problem";
import type { Task } from "../task";
import { readIsoDate, type CalendarDate } from "../dates/readIsoDate";
import { distinctProblems } from "./distinctProblems";
import type { EvaluateTaskContext } from "./evaluateTaskContext";
import { evaluateTarget, type TaskFrame } from "./evaluateTarget";
import { worstTargetStatus } from "./worstTargetStatus";

export type { EvaluateTaskContext } from "./evaluateTaskContext";

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
  const asOf = readDate(context.asOf);
  if (asOf === null) problems.push(badAsOf(context.asOf));
  const targets = context.targets.length > 0 ? context.targets : [milestoneOf(task)];
  const frame: TaskFrame = {
    task,
    context,
    settings: context.settings ?? DEFAULT_SETTINGS,
    asOf,
    deadline: readDate(task.deadline),
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

/**
 * Dates read, at most DATES_LIMIT of them: every task is judged at one as-of date, most against a few deadlines. The
 * dates are shared between tasks, read-only.
 */
const DATES = new Map<string, CalendarDate | null>();
const DATES_LIMIT = 256;

function readDate(text: string | null | undefined): CalendarDate | null {
  if (typeof text !== "string") return readIsoDate(text);
  let date = DATES.get(text);
  if (date === undefined) {
    date = readIsoDate(text);
    if (DATES.size >= DATES_LIMIT) DATES.clear();
    DATES.set(text, date);
  }
  return date;
}

function milestoneOf(task: Task): Target {
  const text = task.target.trim() || task.title.trim();
  return { kind: "milestone", value: null, unit: "", qualifier: "exact", subject: text, text };
}

function badAsOf(asOf: string): Problem {
  return {
    code: "bad-as-of",
    severity: "error",
    message: `截至日期“${asOf}”无效，应为 yyyy-mm-dd（如 2009-10-31）。请改正后重新计算。`,
    messageEn: `The as-of date "${asOf}" is invalid; use yyyy-mm-dd (e.g. 2009-10-31) and compute again.`,
  };
}
