import type { DepartmentRoster } from "../departments/buildRoster";
import { closestDepartment } from "../departments/closestDepartment";
import { findDepartment } from "../departments/findDepartment";
import { isDepartmentGroup } from "../departments/isDepartmentGroup";

/** What is wrong with a department name (unknown-department). */
export interface NameVerdict {
  /** The roster sheet the name is not on (absent: no roster sheet, a near miss of a name used elsewhere). */
  roster?: string;
  /** The name it probably should be: the roster's closest, or the more common spelling one edit away. */
  near: string | undefined;
}

/**
 * What is wrong with a department name, the same wherever in the table it is written: not on the roster sheet
 * (`roster`: the sheet's name; `near`: its closest name when close enough), or — without a roster sheet — one edit
 * away from a more common spelling used elsewhere (`nearMiss`); null when nothing is. Department groups
 * (各市（州）政府) are never suspects.
 * @example departmentNameVerdict("省发展改委", { nearMiss: () => "省发展改革委" }) // { near: "省发展改革委" }
 */
export function departmentNameVerdict(name: string, context: { roster?: DepartmentRoster; nearMiss: (name: string) => string | null }): NameVerdict | null {
  if (isDepartmentGroup(name)) return null;
  const { roster, nearMiss } = context;
  if (roster !== undefined) {
    if (findDepartment(roster, name) !== null) return null;
    const closest = closestDepartment(roster, name);
    const near = closest !== null && closest.distance <= Math.max(2, Math.ceil([...name].length / 3)) ? closest.name : undefined;
    return { roster: roster.sheet ?? "", near };
  }
  const near = nearMiss(name);
  return near === null ? null : { near };
}
