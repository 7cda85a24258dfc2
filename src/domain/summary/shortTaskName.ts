import type { TaskEvaluation } from "../evaluation";

const LIMIT = 40;

/**
 * How a circular names a task: the first sentence of its title without the closing punctuation;
 * a sentence longer than 40 characters gives way to the measured subject of its first target (工业投资),
 * else is cut with "…".
 * @example shortTaskName({ task: { title: "耕地保有量保持在553万公顷。" }, targets: [] }) // "耕地保有量保持在553万公顷"
 */
export function shortTaskName(evaluation: Pick<TaskEvaluation, "task" | "targets">): string {
  const first = evaluation.task.title
    .trim()
    .split(/[。；;！!？?\n]/)[0]
    .replace(/[，,、：:\s]+$/, "")
    .trim();
  if (Array.from(first).length <= LIMIT) return first;
  const subject = evaluation.targets.find((target) => target.subject.trim())?.subject.trim();
  return subject || `${Array.from(first).slice(0, LIMIT).join("")}…`;
}
