import type { TaskEvaluation } from "../evaluation";
import type { LayoutCellValue } from "../layout";
import type { GeneratedRole } from "./generatedRoles";
import { statusLabel } from "../status/statusLabel";
import { chineseDate } from "../dates/chineseDate";
import { decidingTarget } from "../decidingTarget";
import type { Language } from "../language";

/** The generated cells of one task's ledger row, and the unit its 完成值 is shown in. */
export interface LedgerTaskCells {
  cells: Record<GeneratedRole, LayoutCellValue>;
  /** Unit of the target that decided the status (亿元, 万人, %), "" when none. */
  unit: string;
}

/**
 * What the ledger writes for a task: ids and texts as written, the departments (分别牵头 and
 * 按职责分工负责 said in the lead cell), the deadline in Chinese, the period's progress text (the lead's
 * report; without one, the supporting departments' reports prefixed with their names), the figures as
 * numbers (fractions for ratios, so Excel formats them as percentages; a task with several targets lists each
 * target's figure in 完成值 and each target's ratio in 完成率, the deciding one marked ※), the gap (points against
 * 序时进度; for growth, level and cap targets labelled 对目标), 数据截至N月 under figures of an earlier month, and the
 * status word.
 * @example ledgerTaskCells(evaluation).cells.status // "滞后"
 * @example ledgerTaskCells(evaluation).cells.ratio // 0.523
 */
export function ledgerTaskCells(evaluation: TaskEvaluation, lang: Language = "zh"): LedgerTaskCells {
  const { task } = evaluation;
  const listSeparator = lang === "en" ? ", " : "、";
  let leads = task.leads.join(listSeparator);
  let supporting = task.supporting.join(listSeparator);
  if (task.responsibility === "respective" && task.leads.length > 1) leads += lang === "en" ? " (each its part)" : "（分别牵头）";
  if (task.responsibility === "joint") {
    leads = lang === "en" ? "(joint, by remit)" : "（按职责分工负责）";
    supporting = task.supporting.join(listSeparator);
  }
  const target = task.target.trim() || evaluation.targets.map((item) => item.text).join(lang === "en" ? "; " : "；");
  const cells: Record<GeneratedRole, LayoutCellValue> = {
    id: task.id,
    category: task.category,
    title: task.title,
    target,
    leads,
    supporting,
    leaders: (task.leaders ?? []).join(listSeparator),
    deadline: task.deadline ? chineseDate(task.deadline, lang) : "",
    progress: withDataPeriod(progressText(evaluation, lang), evaluation.dataPeriod, lang),
    actual: evaluation.targetResults.length > 1 ? targetFigures(evaluation, lang) : finite(evaluation.actual),
    ratio: evaluation.targetResults.length > 1 ? targetRatios(evaluation, lang) : finite(evaluation.ratio),
    expected: finite(evaluation.expectedProgress),
    gap: gapCell(evaluation, lang),
    status: statusLabel(evaluation.status, lang, evaluation.ratio),
  };
  for (const role of Object.keys(cells) as GeneratedRole[]) if (cells[role] === "") cells[role] = null;
  return { cells, unit: decidingTarget(evaluation)?.target.unit ?? evaluation.targets[0]?.unit ?? "" };
}

/**
 * 完成值 of a task with several targets: each target's figure on its own line, named by what it measures
 * (棚户区改造5000户 / 回迁安置2100户), so the clerk sees which one the 完成率 and the status belong to; null when
 * no target has a figure.
 */
function targetFigures(evaluation: TaskEvaluation, lang: Language): string | null {
  if (evaluation.targetResults.every((result) => finite(result.actual) === null)) return null;
  return evaluation.targetResults
    .map(({ target, actual }) => {
      const verb = target.kind === "growth" ? (lang === "en" ? "growth " : "增长") : target.kind === "reduction" ? (lang === "en" ? "reduction " : "下降") : "";
      const figure = finite(actual) === null ? "—" : `${verb}${Number((actual as number).toFixed(2))}${target.unit}`;
      const subject = target.subject.trim();
      return subject === "" ? figure : lang === "en" ? `${subject}: ${figure}` : `${subject}${figure}`;
    })
    .join("\n");
}

/**
 * 完成率 of a task with several targets: each target's ratio on its own line, named by what it measures, the one that
 * decided the status marked ※ (工业投资 84.6% / ※增长 91.3%); a single number when only one target has a ratio.
 */
function targetRatios(evaluation: TaskEvaluation, lang: Language): LayoutCellValue {
  const withRatio = evaluation.targetResults.filter((result) => finite(result.ratio) !== null);
  if (withRatio.length <= 1) return finite(evaluation.ratio);
  const deciding = decidingTarget(evaluation);
  return evaluation.targetResults
    .map((result) => {
      const ratio = finite(result.ratio);
      const figure = ratio === null ? "—" : `${(ratio * 100).toFixed(1)}%`;
      const subject = result.target.subject.trim();
      const named = subject === "" ? figure : lang === "en" ? `${subject}: ${figure}` : `${subject} ${figure}`;
      return result === deciding ? `※${named}` : named;
    })
    .join("\n");
}

/**
 * 差距 in the ledger: a number of points against 序时进度 (the column's meaning); for growth, level and cap targets,
 * measured against the target itself, the points are labelled so (对目标 −0.9).
 */
function gapCell(evaluation: TaskEvaluation, lang: Language): LayoutCellValue {
  const gap = finite(evaluation.gapPoints);
  if (gap === null || evaluation.gapAgainst === undefined || evaluation.gapAgainst === "expected-progress") return gap;
  const points = Number(gap.toFixed(1));
  const signed = points > 0 ? `+${points}` : String(points);
  if (evaluation.gapAgainst === "target-value") return lang === "en" ? `${signed}% of target` : `对目标 ${signed}%`;
  return lang === "en" ? `vs target ${signed}` : `对目标 ${signed}`;
}

/** 数据截至9月: figures of an earlier month, the latest available, counted for this period. */
function withDataPeriod(text: string, dataPeriod: string | undefined, lang: Language): string {
  if (dataPeriod === undefined) return text;
  const month = Number(dataPeriod.slice(5, 7));
  const note = lang === "en" ? `(figures to ${dataPeriod.slice(0, 7)})` : `（数据截至${month}月）`;
  return text === "" ? note : `${text}\n${note}`;
}

function progressText(evaluation: TaskEvaluation, lang: Language): string {
  if (evaluation.countingReport) return evaluation.countingReport.text.trim();
  return evaluation.reports
    .filter((report) => report.text.trim() !== "")
    .map((report) => (report.department ? `${report.department}${lang === "en" ? ": " : "："}${report.text.trim()}` : report.text.trim()))
    .join("\n");
}

function finite(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
