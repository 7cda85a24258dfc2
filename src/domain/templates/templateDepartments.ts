import type { Task } from "../task";

/**
 * Every department that leads or supports any task, in the order they first appear (leads of a task before its
 * supporting departments): the departments a report template is made for.
 * @example templateDepartments(tasks2007).slice(0, 3) // ["省经委", "省发展改革委", "省统计局"]
 */
export function templateDepartments(tasks: readonly Task[]): string[] {
  const seen = new Set<string>();
  for (const task of tasks) for (const department of [...task.leads, ...task.supporting]) if (department.trim() !== "") seen.add(department);
  return [...seen];
}
