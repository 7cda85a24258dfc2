import type { Task } from "../task";

/**
 * The departments a task is counted under in the summary by lead department: its lead; each lead of
 * 分别牵头; each responsible department of 按职责分工负责 (no one leads, all are accountable); none when
 * the task has no lead at all (it is counted under （未明确牵头单位）).
 * @example summaryDepartments({ responsibility: "lead", leads: ["省国土资源厅"], supporting: [] }) // ["省国土资源厅"]
 * @example summaryDepartments({ responsibility: "joint", leads: [], supporting: ["省人力资源社会保障厅", "省卫生厅"] }) // ["省人力资源社会保障厅", "省卫生厅"]
 */
export function summaryDepartments(task: Pick<Task, "responsibility" | "leads" | "supporting">): string[] {
  const names = task.responsibility === "joint" && task.leads.length === 0 ? task.supporting : task.leads;
  return Array.from(new Set(names.map((name) => name.trim()).filter(Boolean)));
}
