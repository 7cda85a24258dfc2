import type { DepartmentRoster } from "./buildRoster";
import { departmentKey } from "./departmentKey";
import { editDistance } from "./editDistance";

/**
 * The roster name nearest to a name as written (edit distance between normalised forms, short names
 * included), with the distance; null when the roster lists no names. The caller decides how near is near.
 * @example closestDepartment(roster, "省发展改委") // { name: "省发展改革委", distance: 1 }
 */
export function closestDepartment(roster: DepartmentRoster, name: string): { name: string; distance: number } | null {
  const key = departmentKey(name);
  let best: { name: string; distance: number } | null = null;
  for (const [candidate, full] of roster.byKey) {
    const distance = editDistance(key, candidate);
    if (best === null || distance < best.distance) best = { name: full, distance };
  }
  return best;
}
