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
 * target's figure in 完成值, the ratio being the deciding target's) and the status word.
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
    deadline: task.deadline ? chineseDate(task.deadline, lang) : "",
    progress: progressText(evaluation, lang),
    actual: evaluation.targetResults.length > 1 ? targetFigures(evaluation, lang) : finite(evaluation.actual),
    ratio: finite(evaluation.ratio),
    expected: finite(evaluation.expectedProgress),
    gap: finite(evaluation.gapPoints),
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
