import { buildRoster, type DepartmentRoster } from "../departments/buildRoster";
import { canonicalDepartment } from "../departments/canonicalDepartment";
import type { Task } from "../task";

const NO_ROSTER = buildRoster(null);

/**
 * The reporting department's part in a task: "lead", "supporting" (for joint responsibility, where every responsible
 * department may report: "lead"), "unknown" when the row names no department, else "outsider". A row reported by
 * several departments together (填报单位 工信局、通信管理办) takes the best part of any of them.
 * @example reportRole(taskLedBy工业信息化局And通信管理办, "工信局、通信管理办", undefined) // "lead"
 */
export function reportRole(task: Task, department: string, roster: DepartmentRoster | undefined): "lead" | "supporting" | "unknown" | "outsider" {
  if (department === "") return "unknown";
  // Nearly always the department alone is one of the task's: no list of its parts is made.
  if (task.leads.includes(department)) return "lead";
  const parts = /[、，,；;]/.test(department) ? department.split(/[、，,；;]/).map((part) => canonicalDepartment(roster ?? NO_ROSTER, part.trim())) : [];
  if (parts.some((name) => task.leads.includes(name))) return "lead";
  if (task.supporting.includes(department) || parts.some((name) => task.supporting.includes(name))) return task.leads.length === 0 ? "lead" : "supporting";
  return "outsider";
}
