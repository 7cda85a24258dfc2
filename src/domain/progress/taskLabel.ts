import type { Task } from "../task";

/**
 * A task as messages name it: its number and title, the title cut at 24 characters.
 * @example taskLabel(task) // "4 当年计划投资284亿元"
 */
export function taskLabel(task: Task): string {
  const title = Array.from(task.title);
  return `${task.id} ${title.length > 24 ? `${title.slice(0, 24).join("")}…` : task.title}`;
}

