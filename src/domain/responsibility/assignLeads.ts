import { isDepartmentGroup } from "../departments/isDepartmentGroup";
import type { ResponsibilityKind } from "../task";
import type { ResponsibilityRole } from "./roleGroups";
import type { UnmarkedListReading } from "./responsibilityReading";
import { uniqueNames } from "./uniqueNames";

/** Who leads and who supports, as decided from the roles of the units named. */
export interface LeadAssignment {
  leads: string[];
  supporting: string[];
  kind: ResponsibilityKind;
  /** Several units were listed without 牵头 and no rule was in force: read by `unmarked`. */
  unmarkedList: boolean;
  /** Only 有关部门 / 相关单位 was named: nobody to supervise. */
  vague: boolean;
}

/**
 * Decide the leads of a responsibility text from the units each role names (in the order written): 分别牵头 and
 * 牵头 units lead (several together each for its part); X会同 leads and the others of its list support; a shared
 * 按职责分工负责 has no lead; a group such as 各省级人民政府 answers for its own parts; a single responsible unit
 * leads; of a list, the first leads under the first-listed-leads rule, else as `unmarked` says; 有关部门 alone
 * names nobody. Rule: docs/RULES.md, 牵头 (responsibility conventions).
 * @example assignLeads({ ...noRoles, lead: ["省发展改革委"], support: ["省财政厅"] }, { firstListedLeads: false }, ["省发展改革委", "省财政厅"]).leads // ["省发展改革委"]
 */
export function assignLeads(
  roles: Readonly<Record<ResponsibilityRole, string[]>>,
  rules: { firstListedLeads: boolean; unmarked?: UnmarkedListReading },
  departments: string[],
): LeadAssignment {
  const { respective, joint, responsible, support } = roles;
  // X会同有关部门负责: X leads; of “X、Y会同…” X leads and Y supports (国办发〔2018〕117号).
  const explicitLeads = [...roles.lead, ...roles.convener.slice(0, 1)];
  const convened = roles.convener.slice(1);
  let leads: string[];
  let supporting: string[];
  let kind: ResponsibilityKind = "lead";
  let unmarkedList = false;
  const listed = uniqueNames([...joint, ...responsible]);
  if (respective.length > 0) {
    kind = respective.length + explicitLeads.length > 1 ? "respective" : "lead";
    leads = uniqueNames([...respective, ...explicitLeads]);
    supporting = [...responsible, ...joint, ...support];
  } else if (explicitLeads.length > 0) {
    leads = explicitLeads;
    supporting = [...convened, ...responsible, ...joint, ...support];
    // Several units marked 牵头 together lead together, each for its part (咸安 2023: 牵头单位:区财政局、区税务局;
    // 国发〔2018〕42号: 农业农村部、工业和信息化部牵头).
    if (explicitLeads.length > 1) kind = "respective";
  } else if (joint.length > 0 && (listed.length > 1 || listed.every(isDepartmentGroup))) {
    // 按职责分工负责 (also 各有关部门和单位按职责分工负责): shared, no lead.
    kind = "joint";
    leads = [];
    supporting = uniqueNames([...listed, ...support]);
  } else if (listed.length > 0 && listed.every(isDepartmentGroup)) {
    // 各省级人民政府负责: each government of the group answers for its own part (国发〔2018〕42号).
    kind = "respective";
    leads = listed;
    supporting = [...support];
  } else if (listed.length === 1 || (listed.length > 1 && rules.firstListedLeads)) {
    leads = [listed[0]];
    supporting = [...listed.slice(1), ...support];
  } else if (listed.length > 1) {
    unmarkedList = true;
    if (rules.unmarked === "first-listed") {
      leads = [listed[0]];
      supporting = [...listed.slice(1), ...support];
    } else {
      if (rules.unmarked === "joint") kind = "joint";
      leads = [];
      supporting = [...listed, ...support];
    }
  } else {
    leads = [];
    supporting = [...support];
  }
  supporting = uniqueNames(supporting.filter((name) => !leads.includes(name)));
  // 有关部门 alone names nobody to supervise: a problem, not a lead (beside a named unit it is a placeholder).
  const vague = departments.length > 0 && departments.every((name) => /^(?:有关|相关)(?:部门|单位)$/.test(name));
  if (vague) return { leads: [], supporting: [], kind: "lead", unmarkedList, vague };
  return { leads, supporting, kind, unmarkedList, vague };
}
