import type { Target } from "../evaluation";
import type { Problem } from "../problem";
import type { Task } from "../task";
import { figureText } from "./figureText";
import { taskLabel } from "./taskLabel";
import type { LeadSplit, TaskReport } from "./taskReport";
import { taskReportSource } from "./taskReportSource";

/**
 * partial-report: a task led by several departments each for its own part (分别牵头) whose sum misses the leads that
 * sent nothing or no readable figure; the ratio is understated until they report.
 * @example partialReportProblem(task, first, split, 120, target).code // "partial-report"
 */
export function partialReportProblem(task: Task, first: TaskReport, split: LeadSplit, sum: number, target: Target): Problem {
  const unit = target.unit;
  const reported = split.usable.map((entry) => entry.report.department).join("、");
  const unreadable = split.unreadable.map((entry) => entry.report.department);
  const missing = [...split.notReported, ...unreadable];
  const zh: string[] = [];
  const en: string[] = [];
  if (split.notReported.length > 0) {
    zh.push(`${split.notReported.join("、")}未报送本期进展`);
    en.push(`${split.notReported.join(", ")} sent no progress for this period`);
  }
  if (unreadable.length > 0) {
    zh.push(`${unreadable.join("、")}报送的进展中没有可换算为“${unit}”的数字`);
    en.push(`the report of ${unreadable.join(", ")} has no figure convertible to ${unit}`);
  }
  return {
    code: "partial-report",
    severity: "warning",
    ...taskReportSource(first),
    message: `任务“${taskLabel(task)}”由${task.leads.join("、")}分别牵头、各报本单位部分，${zh.join("，")}。完成值${figureText(sum)}${unit}只含${reported}已报部分，完成率偏低。请催${missing.join("、")}报送本期进展后重新计算。`,
    messageEn: `Task "${taskLabel(task)}" is led by ${task.leads.join(", ")}, each for its own part; ${en.join("; ")}. The actual ${figureText(sum)} ${unit} holds only the parts of ${split.usable.map((entry) => entry.report.department).join(", ")}, so the ratio is understated. Ask ${missing.join(", ")} for this period's report and compute again.`,
    suggestion: missing[0],
  };
}
