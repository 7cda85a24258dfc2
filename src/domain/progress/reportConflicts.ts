import type { Target } from "../evaluation";
import type { Problem } from "../problem";
import type { Task } from "../task";
import { figureText } from "./figureText";
import { reportFigure } from "./reportFigure";
import { taskLabel } from "./taskLabel";
import type { TaskReport } from "./taskReport";
import { taskReportSource } from "./taskReportSource";

const SAME = 1e-6;

/**
 * Two different figures for one task and period (conflicting-reports), each against the counting report (else the
 * first with a figure): an error when the counting side itself disagrees, else a warning. Sets each report's figure.
 * @example reportConflicts(task, [leadRow, otherLeadRow], leadRow, target) // [{ code: "conflicting-reports", severity: "error", … }]
 */
export function reportConflicts(task: Task, current: TaskReport[], counting: TaskReport | null, target: Target | undefined): Problem[] {
  if (target === undefined || current.length < 2) return [];
  for (const entry of current) entry.figure = reportFigure(entry.report, target);
  const withFigure = current.filter((entry) => entry.figure !== null && entry.figure !== undefined);
  if (withFigure.length < 2) return [];
  const reference = counting !== null && typeof counting.figure === "number" ? counting : withFigure[0];
  const referenceFigure = reference.figure ?? 0;
  const countingSide = (entry: TaskReport): boolean => entry.role === reference.role && (entry.role === "lead" || entry.role === "unknown");
  const problems: Problem[] = [];
  for (const entry of withFigure) {
    if (entry === reference) continue;
    const figure = entry.figure ?? 0;
    if (Math.abs(figure - referenceFigure) <= SAME * Math.max(1, Math.abs(referenceFigure))) continue;
    // 分别牵头: each lead reports its own part, so two leads' figures differ without contradicting each other.
    const parts = task.responsibility === "respective" && entry.report.department !== reference.report.department;
    const undecided = countingSide(entry) && !parts;
    const unit = target.unit;
    const mine = `${entry.report.department || "未注明单位"}报${figureText(figure)}${unit}（${where(entry)}）`;
    const theirs = `${reference.report.department || "未注明单位"}报${figureText(referenceFigure)}${unit}（${where(reference)}）`;
    const mineEn = `${entry.report.department || "unnamed"} reports ${figureText(figure)} ${unit} (${where(entry)})`;
    const theirsEn = `${reference.report.department || "unnamed"} reports ${figureText(referenceFigure)} ${unit} (${where(reference)})`;
    problems.push({
      code: "conflicting-reports",
      severity: undecided ? "error" : "warning",
      ...taskReportSource(entry),
      message: undecided
        ? `任务“${taskLabel(task)}”同一期有两个不同的数字：${theirs}，${mine}。无法确定以哪个为准，请与报送单位核实后改正其中一行。`
        : `任务“${taskLabel(task)}”同一期有两个不同的数字：${theirs}，${mine}。${counting === reference ? "以牵头单位数据为准" : "牵头单位未报送，均未计入"}；请核实差异。`,
      messageEn: undecided
        ? `Task "${taskLabel(task)}" has two different figures for one period: ${theirsEn}; ${mineEn}. Which counts cannot be told: check with the departments and correct one row.`
        : `Task "${taskLabel(task)}" has two different figures for one period: ${theirsEn}; ${mineEn}. ${counting === reference ? "The lead's figure counts" : "The lead did not report; neither counts"}; check the difference.`,
    });
  }
  return problems;
}

function where(entry: TaskReport): string {
  const source = entry.match.row.source;
  return `${source.file !== undefined ? `${source.file} ` : ""}${source.sheet}!${source.cell}`;
}

