import type { Task } from "../task";

/** 本单位职责: how the department holds the task. */
export type TemplateRole = "牵头" | "配合" | "分别牵头";

export interface TemplateTask {
  task: Task;
  role: TemplateRole;
}

/**
 * The tasks one department leads or supports, in task-table order, with its role in each (分别牵头 when several
 * departments each lead their part). Joint responsibility (按职责分工负责) lists every department as supporting.
 * @example templateTasks(tasks, "省发展改革委").map((entry) => `${entry.task.id}${entry.role}`) // ["1配合", "3配合", "4牵头", …]
 */
export function templateTasks(tasks: readonly Task[], department: string): TemplateTask[] {
  const entries: TemplateTask[] = [];
  for (const task of tasks) {
    if (task.leads.includes(department)) entries.push({ task, role: task.responsibility === "respective" && task.leads.length > 1 ? "分别牵头" : "牵头" });
    else if (task.supporting.includes(department)) entries.push({ task, role: "配合" });
  }
  return entries;
}
