import type { Task } from "../task";
import { parseTargets } from "../targets/parseTargets";

/**
 * The unit 完成值 is reported in: that of the task's first target with a figure ("" for a milestone task, which
 * is reported by its text alone).
 * @example templateUnit({ ...task, target: "完成工业投资1700亿元" }) // "亿元"
 * @example templateUnit({ ...task, target: "建立协调会议制度" }) // ""
 */
export function templateUnit(task: Pick<Task, "target" | "title">): string {
  const targets = parseTargets(task.target.trim() !== "" ? task.target : task.title);
  return targets.find((target) => target.value !== null)?.unit ?? "";
}
