import { toHalfWidth } from "../text/toHalfWidth";
import { assignLeads } from "./assignLeads";
import { findConventionNote } from "./findConventionNote";
import { labelledGroups } from "./labelledGroups";
import { readDepartmentList } from "./readDepartmentList";
import { readLeaders } from "./readLeaders";
import type { ParsedResponsibility, ResponsibilityContext } from "./responsibilityReading";
import { responsibilityProblems } from "./responsibilityProblems";
import type { ResponsibilityRole } from "./roleGroups";
import { separateNames } from "./separateNames";
import { stripOuterBrackets } from "./stripOuterBrackets";
import { toSimplifiedChinese } from "./toSimplifiedChinese";
import { uniqueNames } from "./uniqueNames";

export type { ParsedResponsibility, ResponsibilityContext, ResponsibilityProblem, UnmarkedListReading } from "./responsibilityReading";

/** A role in brackets after a name: 市发改委（牵头）、市财政局（配合）. */
const BRACKETED_ROLE = /[（(]\s*(牵头|牵头单位|牵头部门|主办|主责|配合|配合单位|协办|参与)\s*[）)]/g;
const ROLES: readonly ResponsibilityRole[] = ["lead", "respective", "support", "joint", "responsible", "convener"];

/**
 * Read a responsibility text as real division documents write it: 、，,; and 和 between names; outer
 * brackets; 牵头 / 负责 / 按职责分工负责 / 分别牵头 / 等部门 / 配合; “X牵头，Y、Z配合”; “牵头单位：X 配合单位：Y”;
 * the first-listed-leads note in the text (列第一位者为牵头部门，下同) or in force from earlier
 * (`context.firstListedLeads`); a single responsible department is the lead; a shared suffix distributes
 * (延边州、通化市、白山市政府); full-width forms, white space and line breaks (PDF copies), traditional
 * characters; a role in brackets after a name (市发改委（牵头）、市财政局); names on separate lines or
 * separated by spaces in a cell. Names are normalised, not canonicalised. A 负责 list of several departments
 * with no rule in force has no lead (leads = [], all in supporting) so that validation reports the missing
 * lead; a single department is the lead even when it is 按职责分工负责 (sole-department rule).
 * @example parseResponsibility("（省国土资源厅牵头）")
 * // { leads: ["省国土资源厅"], supporting: [], kind: "lead", departments: ["省国土资源厅"], conventionNote: null, problems: [] }
 * @example parseResponsibility("（省发展改革委和延边州、通化市、白山市政府负责）", { firstListedLeads: true }).supporting
 * // ["延边州政府", "通化市政府", "白山市政府"]
 * @example parseResponsibility("省食安办、省食品药品监管局按职责分工负责").kind // "joint"
 * Rule: docs/RULES.md, 牵头 (responsibility conventions).
 */
export function parseResponsibility(text: string, context: ResponsibilityContext = {}): ParsedResponsibility {
  let body = stripOuterBrackets(toSimplifiedChinese(toHalfWidth(text)).replace(/\(/g, "（").replace(/\)/g, "）"));
  const named = readLeaders(body);
  body = separateNames(named.rest.replace(BRACKETED_ROLE, (_bracket, role: string) => `${role.replace(/(?:单位|部门)$/, "")}，`));
  const note = findConventionNote(body);
  // The note's bracket, emptied of the note, goes: 市税务局(列第一位者为…,下同) → 市税务局.
  if (note) body = note.remainder.replace(/（[\s,，、。；;：:]*）/g, "");
  // A trailing 下同 outside a note (…；各市县人民政府结合实际落实，下同) names nobody.
  body = stripOuterBrackets(body.replace(/^[；;，,。\s]+/, "").replace(/[，,；;。]?\s*(?:以下均同|以下同|下同)\s*$/, ""));

  const groups = labelledGroups(body);
  const levels = uniqueNames(groups.map((group) => group.level).filter((level) => level !== ""));
  const level = levels.length > 1 ? (context.level !== undefined && levels.includes(context.level) ? context.level : levels[0]) : "";
  const read = groups
    .filter((group) => level === "" || group.level === "" || group.level === level)
    .map((group) => ({ role: group.role, list: readDepartmentList(group.list, context.isKnown) }));
  const roles = Object.fromEntries(
    ROLES.map((role) => [role, uniqueNames(read.filter((group) => group.role === role).flatMap((group) => group.list.names))]),
  ) as Record<ResponsibilityRole, string[]>;
  const departments = uniqueNames(read.flatMap((group) => group.list.names));
  const firstListedLeads = context.firstListedLeads === true || note !== null;
  const assigned = assignLeads(roles, { firstListedLeads, ...(context.unmarked ? { unmarked: context.unmarked } : {}) }, departments);
  const runTogether = read.flatMap((group) => group.list.runTogether);
  return {
    leads: assigned.leads,
    supporting: assigned.supporting,
    kind: assigned.kind,
    departments: assigned.vague ? [] : departments,
    leaders: named.leaders,
    inferred: uniqueNames(read.flatMap((group) => group.list.inferred)),
    levels,
    unmarkedList: assigned.unmarkedList,
    conventionNote: note ? { firstListedLeads: note.firstListedLeads, appliesToRest: note.appliesToRest, exceptRespective: note.exceptRespective } : null,
    problems: responsibilityProblems(text, { departments, vague: assigned.vague, runTogether }),
  };
}
