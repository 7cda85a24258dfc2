import type { DepartmentRoster } from "./buildRoster";
import { departmentKey } from "./departmentKey";
import { findDepartment } from "./findDepartment";

/**
 * The name a department is reported by: the roster sheet's full name when it lists the department under
 * any of its names, else the built-in reported form (省发改委 → 省发展改革委), else the name normalised.
 * @example canonicalDepartment(buildRoster(null), "省发改委") // "省发展改革委"
 * @example canonicalDepartment(buildRoster(null), "市住建局") // "市住房城乡建设局"
 * @example canonicalDepartment(buildRoster(null), "省 国土资源厅") // "省国土资源厅"
 */
export function canonicalDepartment(roster: DepartmentRoster, name: string): string {
  return findDepartment(roster, name) ?? departmentKey(name);
}
