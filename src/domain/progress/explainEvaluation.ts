import type { LedgerSettings, TaskEvaluation, TaskStatus } from "../evaluation";
import type { ProblemLocation } from "../problem";
import { statusLabel } from "../status/statusLabel";
import { extractActual } from "./extractActual";
import { figureText } from "./figureText";

/** One target of a task as the explanation shows it: the figure read for it and from which words. */
export interface ExplainedTarget {
  /** The target phrase (完成工业投资1700亿元). */
  text: string;
  /** The figure read, in the target's unit, or null. */
  actual: number | null;
  unit: string;
  /** The words the figure was read from (1438.6亿元, 完成年计划的84.6%), or null. */
  phrase: string | null;
  ratio: number | null;
  status: TaskStatus;
  /** This target decided the task's status. */
  deciding: boolean;
}

/** Why a task has its status at the as-of date: the facts step 2 shows when the clerk clicks the task. */
export interface TaskExplanation {
  taskId: string;
  title: string;
  leads: string[];
  deadline: string | null;
  targets: ExplainedTarget[];
  /** Every report matched to the task, with its source cell; `counting` marks the one that counts (the lead's). */
  reports: { department: string; text: string; location: ProblemLocation; counting: boolean }[];
  ratio: number | null;
  expectedProgress: number;
  gapPoints: number | null;
  status: TaskStatus;
  /** Why the status, in the clerk's words. */
  reason: string;
  reasonEn: string;
}

const percent = (fraction: number): string => `${(fraction * 100).toFixed(1)}%`;

function reasons(evaluation: TaskEvaluation, asOf: string, settings: Pick<LedgerSettings, "laggingBadlyGap" | "dueSoonDays">): [string, string] {
  const { ratio, expectedProgress, gapPoints, status, task } = evaluation;
  const r = ratio !== null ? percent(ratio) : null;
  const e = percent(expectedProgress);
  const gap = gapPoints !== null ? figureText(Math.abs(Math.round(gapPoints * 10) / 10)) : null;
  switch (status) {
    case "done":
      return r !== null ? [`完成率 ${r}，已达到全年目标。`, `Completion ${r}: the target is reached.`] : ["进展中写明已完成。", "The report says the task is done."];
    case "overdue":
      return [`截至 ${asOf} 已过完成时限（${task.deadline ?? "—"}），任务尚未完成。`, `As of ${asOf} the deadline (${task.deadline ?? "—"}) has passed and the task is not done.`];
    case "no-report":
      return evaluation.reports.length === 0
        ? ["没有读到牵头单位报送的进展。", "No report from the lead department was read."]
        : ["有报送，但不是本期或不是牵头单位的进展。", "Reported, but not for this period or not by the lead department."];
    case "no-figure":
      return ["牵头单位有报送，但没有读到可与目标对照的数字，无法计算完成率。", "The lead reported, but no figure comparable with the target was read: no ratio."];
    case "lagging-badly":
      return [
        `完成率 ${r ?? "—"} 低于序时进度 ${e} ${gap ?? "—"} 个百分点，超过设置的 ${settings.laggingBadlyGap} 个百分点，为严重滞后。`,
        `Completion ${r ?? "—"} is ${gap ?? "—"} points below expected progress ${e}, more than the ${settings.laggingBadlyGap} points set: badly behind.`,
      ];
    case "lagging":
      return [`完成率 ${r ?? "—"} 低于序时进度 ${e}（差 ${gap ?? "—"} 个百分点），为滞后。`, `Completion ${r ?? "—"} is below expected progress ${e} (${gap ?? "—"} points): behind.`];
    case "due-soon":
      return [
        `已达到序时进度，但距完成时限（${task.deadline ?? "—"}）不超过 ${settings.dueSoonDays} 天且尚未完成，为临期。`,
        `On schedule, but within ${settings.dueSoonDays} days of the deadline (${task.deadline ?? "—"}) and not done: due soon.`,
      ];
    case "on-schedule":
      return r !== null
        ? [`完成率 ${r} 达到序时进度 ${e}。`, `Completion ${r} reaches expected progress ${e}.`]
        : ["进展中写明正在推进，按序时推进计。", "The report says work is under way: on schedule."];
  }
}

/**
 * A task's status explained as data, for the pane to render: its targets, the report(s) with their source cells,
 * the figure read for each target and from which words, the ratio, the expected progress (序时进度), and why
 * the status (docs/RULES.md, 状态), in Chinese and English.
 * @example explainEvaluation(evaluationOfTask10, { asOf: "2007-10-31", settings: DEFAULT_SETTINGS }).reason
 * // "完成率 79.8% 低于序时进度 83.3%（差 3.5 个百分点），为滞后。"
 */
export function explainEvaluation(evaluation: TaskEvaluation, options: { asOf: string; settings: Pick<LedgerSettings, "laggingBadlyGap" | "dueSoonDays"> }): TaskExplanation {
  const counting = evaluation.countingReport;
  const targets = evaluation.targetResults.map((result, index): ExplainedTarget => {
    let phrase: string | null = null;
    if (counting !== null && result.actual !== null) {
      const value = typeof counting.value === "number" ? { value: counting.value, ...(counting.unit !== undefined ? { unit: counting.unit } : {}) } : undefined;
      const reading = extractActual(counting.text, result.target, value);
      phrase = "problem" in reading ? null : reading.phrase;
    }
    return { text: result.target.text, actual: result.actual, unit: result.target.unit, phrase, ratio: result.ratio, status: result.status, deciding: index === evaluation.decidingTargetIndex };
  });
  const [reason, reasonEn] = reasons(evaluation, options.asOf, options.settings);
  return {
    taskId: evaluation.task.id,
    title: evaluation.task.title,
    leads: evaluation.task.leads,
    deadline: evaluation.task.deadline,
    targets,
    reports: evaluation.reports.map((report) => ({ department: report.department, text: report.text, location: report.source, counting: report === counting })),
    ratio: evaluation.ratio,
    expectedProgress: evaluation.expectedProgress,
    gapPoints: evaluation.gapPoints,
    status: evaluation.status,
    reason: `${statusLabel(evaluation.status, "zh", evaluation.ratio)}：${reason}`,
    reasonEn: `${statusLabel(evaluation.status, "en", evaluation.ratio)}: ${reasonEn}`,
  };
}
