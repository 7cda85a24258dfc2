import type { ResponsibilityKind } from "../task";
import { toHalfWidth } from "../text/toHalfWidth";
import { findConventionNote } from "./findConventionNote";
import { splitDepartmentList } from "./splitDepartmentList";
import { toSimplifiedChinese } from "./toSimplifiedChinese";

/** A problem found while reading one responsibility text (the caller adds the location and severity). */
export interface ResponsibilityProblem {
  /** Stable code: "no-department" (the text names no department). */
  code: string;
  message: string;
  messageEn: string;
}

/** What a responsibility text (责任单位 / the bracket after a task) says. */
export interface ParsedResponsibility {
  /** Lead departments (牵头). Empty for joint responsibility and for an unmarked list of several without the rule. */
  leads: string[];
  /** Supporting departments (配合); for joint responsibility every responsible department. */
  supporting: string[];
  kind: ResponsibilityKind;
  /** Every department named, in the order written (normalised, not canonicalised). */
  departments: string[];
  /** The first-listed-leads note when the text states it (列第一位者为牵头部门，下同). */
  conventionNote: null | { firstListedLeads: boolean; appliesToRest: boolean; exceptRespective: boolean };
  problems: ResponsibilityProblem[];
}

type Role = "lead" | "respective" | "support" | "joint" | "responsible";

/** Role words, longest first, and the role of the list written before them. */
const ROLE_WORDS: ReadonlyArray<readonly [string, Role]> = [
  ["按照职责分工负责", "joint"],
  ["按职责分工负责", "joint"],
  ["按职能分工负责", "joint"],
  ["按职责分工落实", "joint"],
  ["按职责负责", "joint"],
  ["分工负责", "joint"],
  ["共同负责", "joint"],
  ["分别牵头负责", "respective"],
  ["分别牵头", "respective"],
  ["分别负责", "respective"],
  ["牵头负责", "lead"],
  ["牵头", "lead"],
  ["主办", "lead"],
  ["会同", "lead"],
  ["配合", "support"],
  ["参与", "support"],
  ["协助", "support"],
  ["协办", "support"],
  ["协同", "support"],
  ["负责", "responsible"],
];

/** 牵头单位： / 配合单位： / 责任单位： / 牵头： labels. */
const LABEL = /((?:牵头|主办|主责|配合|协办|参与|协作|协同|责任|承办|实施|负责)(?:单位|部门|主体)?)\s*[：:]/g;
/** A role in brackets after a name: 市发改委（牵头）、市财政局（配合）. */
const BRACKETED_ROLE = /[（(]\s*(牵头|牵头单位|牵头部门|主办|主责|配合|配合单位|协办|参与)\s*[）)]/g;
/** Characters a department or place name ends with (a space or line break after one may separate two names). */
const NAME_END = /[厅局委办部会院室心府馆社所队团行司处站署组联协市州县区旗盟）)]$/;
/** How a name starts: 省/市/县…, 各…, 中共…, or a place (长春市政府). */
const NAME_START = /^(?:省|市|县|区|州|旗|各|中共|国家|共青团|[\u4e00-\u9fff]{1,5}(?:市|州|县|区|盟|旗))/;

/**
 * White space between two names separates them (a cell written “市发改委 市财政局” or with Alt+Enter);
 * inside a name it is a stray break of a PDF copy (“省发展 改革委”) and goes.
 */
function separateNames(text: string): string {
  return text.replace(/[\s\u3000]+/g, (space, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + space.length);
    return before !== "" && NAME_END.test(before) && NAME_START.test(after) ? "、" : "";
  });
}

function labelRole(label: string): Role {
  if (/^(牵头|主办|主责)/.test(label)) return "lead";
  if (/^(配合|协办|参与|协作|协同)/.test(label)) return "support";
  return "responsible";
}

/** Take off outer brackets and end marks: （省国土资源厅牵头）。 → 省国土资源厅牵头. */
function stripOuter(text: string): string {
  let out = text.trim().replace(/[。．.；;，,\s]+$/, "");
  for (;;) {
    const open = out[0];
    const close = out[out.length - 1];
    if (!((open === "（" || open === "(") && (close === "）" || close === ")"))) return out;
    // Only when the first bracket closes at the very end: (延边州)政府 is not wrapped.
    let depth = 0;
    let closesAt = -1;
    for (let index = 0; index < out.length; index += 1) {
      if (out[index] === "（" || out[index] === "(") depth += 1;
      if (out[index] === "）" || out[index] === ")") depth -= 1;
      if (depth === 0) {
        closesAt = index;
        break;
      }
    }
    if (closesAt !== out.length - 1) return out;
    out = out.slice(1, -1).trim().replace(/[。．.；;，,\s]+$/, "");
  }
}

/** Split one labelled segment into lists, each with the role word that follows it. */
function roleGroups(segment: string, defaultRole: Role): Array<{ list: string; role: Role }> {
  const groups: Array<{ list: string; role: Role }> = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < segment.length; index += 1) {
    const ch = segment[index];
    if (ch === "（") depth += 1;
    else if (ch === "）") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const word = ROLE_WORDS.find(([candidate]) => segment.startsWith(candidate, index));
    if (!word) continue;
    const role = word[1] === "responsible" && defaultRole !== "responsible" ? defaultRole : word[1];
    groups.push({ list: segment.slice(start, index), role });
    start = index + word[0].length;
    index = start - 1;
  }
  groups.push({ list: segment.slice(start), role: defaultRole });
  return groups.filter((group) => /[\u4e00-\u9fffA-Za-z]/.test(group.list));
}

const unique = (names: string[]): string[] => names.filter((name, index) => names.indexOf(name) === index);

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
export function parseResponsibility(text: string, context: { firstListedLeads?: boolean } = {}): ParsedResponsibility {
  let body = stripOuter(toSimplifiedChinese(toHalfWidth(text)).replace(/\(/g, "（").replace(/\)/g, "）"));
  body = separateNames(body.replace(BRACKETED_ROLE, "$1，"));
  const note = findConventionNote(body);
  if (note) body = note.remainder;
  body = stripOuter(body);

  const groups: Array<{ list: string; role: Role }> = [];
  const labels = [...body.matchAll(LABEL)];
  if (labels.length === 0) groups.push(...roleGroups(body, "responsible"));
  else {
    if (labels[0].index > 0) groups.push(...roleGroups(body.slice(0, labels[0].index), "responsible"));
    labels.forEach((label, index) => {
      const from = label.index + label[0].length;
      const to = index + 1 < labels.length ? labels[index + 1].index : body.length;
      groups.push(...roleGroups(body.slice(from, to), labelRole(label[1])));
    });
  }

  const named = groups.map((group) => ({ role: group.role, names: splitDepartmentList(group.list) }));
  const byRole = (role: Role): string[] => unique(named.filter((group) => group.role === role).flatMap((group) => group.names));
  const departments = unique(named.flatMap((group) => group.names));
  const explicitLeads = byRole("lead");
  const respective = byRole("respective");
  const joint = byRole("joint");
  const responsible = byRole("responsible");
  const support = byRole("support");
  const firstListedLeads = context.firstListedLeads === true || note !== null;

  let leads: string[];
  let supporting: string[];
  let kind: ResponsibilityKind = "lead";
  if (respective.length > 0) {
    kind = respective.length + explicitLeads.length > 1 ? "respective" : "lead";
    leads = unique([...respective, ...explicitLeads]);
    supporting = [...responsible, ...joint, ...support];
  } else if (explicitLeads.length > 0) {
    leads = explicitLeads;
    supporting = [...responsible, ...joint, ...support];
  } else if (joint.length > 0 && joint.length + responsible.length > 1) {
    kind = "joint";
    leads = [];
    supporting = unique([...joint, ...responsible, ...support]);
  } else {
    const listed = unique([...joint, ...responsible]);
    if (listed.length === 1 || (listed.length > 1 && firstListedLeads)) {
      leads = [listed[0]];
      supporting = [...listed.slice(1), ...support];
    } else {
      leads = [];
      supporting = [...listed, ...support];
    }
  }
  supporting = unique(supporting.filter((name) => !leads.includes(name)));

  const problems: ResponsibilityProblem[] = [];
  if (departments.length === 0) {
    const shown = text.trim().slice(0, 40);
    problems.push({
      code: "no-department",
      message: `责任表述“${shown}”中没有可识别的单位名称，请写明牵头单位和配合单位。`,
      messageEn: `The responsibility text "${shown}" names no department; state the lead and supporting departments.`,
    });
  }
  return {
    leads,
    supporting,
    kind,
    departments,
    conventionNote: note ? { firstListedLeads: note.firstListedLeads, appliesToRest: note.appliesToRest, exceptRespective: note.exceptRespective } : null,
    problems,
  };
}
