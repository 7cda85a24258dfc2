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
  const length = [...key].length;
  let best: { name: string; distance: number } | null = null;
  for (const [candidate, full] of roster.byKey) {
    // The distance is at least the difference in length: a name no nearer than the best so far is not measured.
    if (best !== null && Math.abs([...candidate].length - length) >= best.distance) continue;
    const distance = editDistance(key, candidate);
    if (best === null || distance < best.distance) best = { name: full, distance };
  }
  return best;
}
