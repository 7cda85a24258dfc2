import type { DepartmentRoster } from "./buildRoster";
import { departmentKey } from "./departmentKey";

/**
 * The roster's name for a department as written (full name, short name or a built-in variant of either),
 * or null when the roster sheet does not list it.
 * @example findDepartment(roster, "省 发改委") // "省发展改革委" (listed with 简称 省发改委, or by built-in knowledge)
 * @example findDepartment(roster, "省发展改委") // null
 */
export function findDepartment(roster: DepartmentRoster, name: string): string | null {
  return roster.byKey.get(departmentKey(name)) ?? null;
}
