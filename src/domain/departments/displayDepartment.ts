import { normalizeName } from "../text/normalizeName";
import type { DepartmentRoster } from "./buildRoster";
import { findDepartment } from "./findDepartment";

/**
 * The name a unit is shown by in every output (see docs/RULES.md, 部门名称): the roster sheet's full name when the
 * workbook has a roster that lists the unit under any of its names; otherwise the document's own spelling,
 * normalised (half-width, no spaces) but never rewritten — built-in short and long forms serve matching only.
 * @example displayDepartment(buildRoster(null), "市发改委") // "市发改委"
 * @example displayDepartment(rosterListing("市发展和改革委员会", "市发改委"), "市发改委") // "市发展和改革委员会"
 */
export function displayDepartment(roster: DepartmentRoster, name: string): string {
  return (roster.sheet !== null ? findDepartment(roster, name) : null) ?? normalizeName(name);
}
