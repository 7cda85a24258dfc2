import type { ResponsibilityKind } from "../task";
import { toHalfWidth } from "../text/toHalfWidth";
import { findConventionNote } from "./findConventionNote";
import { isDepartmentGroup } from "../departments/isDepartmentGroup";
import { readDepartmentList } from "./readDepartmentList";
import { readLeaders } from "./readLeaders";
import { toSimplifiedChinese } from "./toSimplifiedChinese";

/** A problem found while reading one responsibility text (the caller adds the location and severity). */
export interface ResponsibilityProblem {
  /** Stable code: "no-department" (the text names no department), "run-together-names" (names written without separators). */
  code: string;
  message: string;
  messageEn: string;
}

/** How an unmarked list of several units (no 牵头, no rule in the document) is read. */
export type UnmarkedListReading = "first-listed" | "joint";

export interface ResponsibilityContext {
  /** The first-listed-leads rule (列第一位者为牵头部门) is in force from earlier in the document. */
  firstListedLeads?: boolean;
  /** How to read an unmarked list of several units when no rule is in force; by default it has no lead. */
  unmarked?: UnmarkedListReading;
  /** The level whose units count where the text has parallel 省牵头单位 / 市牵头单位 labels. */
  level?: string;
  /** Whether the roster knows a name as written (splits run-together names). */
  isKnown?: (name: string) => boolean;
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
  /** Named leaders (责任领导：张三): persons, not departments. */
  leaders: string[];
  /** Names completed by the reading (a carried prefix, a split run-together name). */
  inferred: string[];
  /** Levels of parallel labels (省牵头单位 / 市牵头单位), in order; empty when the labels name no level. */
  levels: string[];
  /** The text listed several units without 牵头 and no rule was in force: read by `context.unmarked`. */
  unmarkedList: boolean;
  /** The first-listed-leads note when the text states it (列第一位者为牵头部门，下同). */
  conventionNote: null | { firstListedLeads: boolean; appliesToRest: boolean; exceptRespective: boolean };
  problems: ResponsibilityProblem[];
}

type Role = "lead" | "respective" | "support" | "joint" | "responsible" | "convener";

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
  ["会同", "convener"],
  ["结合实际抓好落实", "support"],
  ["结合实际落实", "support"],
  ["抓好落实", "support"],
  ["负责落实", "support"],
  ["组织落实", "support"],
  ["配合", "support"],
  ["参与", "support"],
  ["协助", "support"],
  ["协办", "support"],
  ["协同", "support"],
  ["负责", "responsible"],
];

/** 牵头单位： / 配合单位： / 责任单位： / 牵头： labels, with a level in front where a table had parallel columns (省牵头单位：). */
const LABEL = /((?:[省市县区]级?)?(?:(?:牵头|主办|主责|配合|协办|参与|协作|协同|责任|承办|实施|负责)(?:责任)?(?:单位|部门|主体)?|(?:部门|责任)分工))\s*[：:]/g;
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
  label = label.replace(/^[省市县区]级?(?=牵头|主办|主责|配合|协办|参与|协作|协同|责任|承办|实施|负责|部门|分工)/, "");
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
    // 各项目牵头单位 / 有关负责部门 name units: a role word followed by 单位 or 部门 is part of a name.
    if (!word || /^(?:单位|部门)/.test(segment.slice(index + word[0].length))) continue;
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
export function parseResponsibility(text: string, context: ResponsibilityContext = {}): ParsedResponsibility {
  let body = stripOuter(toSimplifiedChinese(toHalfWidth(text)).replace(/\(/g, "（").replace(/\)/g, "）"));
  const named = readLeaders(body);
  body = separateNames(named.rest.replace(BRACKETED_ROLE, (_bracket, role: string) => `${role.replace(/(?:单位|部门)$/, "")}，`));
  const note = findConventionNote(body);
  // The note's bracket, emptied of the note, goes: 市税务局(列第一位者为…,下同) → 市税务局.
  if (note) body = note.remainder.replace(/（[\s,，、。；;：:]*）/g, "");
  // A trailing 下同 outside a note (…；各市县人民政府结合实际落实，下同) names nobody.
  body = stripOuter(body.replace(/^[；;，,。\s]+/, "").replace(/[，,；;。]?\s*(?:以下均同|以下同|下同)\s*$/, ""));

  const groups: Array<{ list: string; role: Role; level: string; labelled?: boolean }> = [];
  const labels = [...body.matchAll(LABEL)];
  const levelOf = (label: string): string => /^([省市县区])级?(?=牵头|主办|主责|配合|协办|参与|协作|协同|责任|承办|实施|负责)/.exec(label)?.[1] ?? "";
  if (labels.length === 0) groups.push(...roleGroups(body, "responsible").map((group) => ({ ...group, level: "" })));
  else {
    if (labels[0].index > 0) groups.push(...roleGroups(body.slice(0, labels[0].index), "responsible").map((group) => ({ ...group, level: "" })));
    labels.forEach((label, index) => {
      const from = label.index + label[0].length;
      const to = index + 1 < labels.length ? labels[index + 1].index : body.length;
      const level = levelOf(label[1]);
      const role = labelRole(label[1]);
      groups.push(...roleGroups(body.slice(from, to), role).map((group) => ({ ...group, level, labelled: group.role === role })));
    });
  }
  const levels = unique(groups.map((group) => group.level).filter((level) => level !== ""));
  const level = levels.length > 1 ? (context.level !== undefined && levels.includes(context.level) ? context.level : levels[0]) : "";
  const read = groups
    .filter((group) => level === "" || group.level === "" || group.level === level)
    .map((group) => ({ role: group.role, labelled: group.labelled === true, list: readDepartmentList(group.list, context.isKnown) }));
  const byRole = (role: Role): string[] => unique(read.filter((group) => group.role === role).flatMap((group) => group.list.names));
  const departments = unique(read.flatMap((group) => group.list.names));
  const explicitLeads = byRole("lead");
  // X会同有关部门负责: X leads; of “X、Y会同…” X leads and Y supports (国办发〔2018〕117号).
  const convener = byRole("convener");
  if (convener.length > 0) explicitLeads.push(convener[0]);
  const convened = convener.slice(1);
  const respective = byRole("respective");
  const joint = byRole("joint");
  const responsible = byRole("responsible");
  const support = byRole("support");
  const firstListedLeads = context.firstListedLeads === true || note !== null;

  let leads: string[];
  let supporting: string[];
  let kind: ResponsibilityKind = "lead";
  let unmarkedList = false;
  const listed = unique([...joint, ...responsible]);
  if (respective.length > 0) {
    kind = respective.length + explicitLeads.length > 1 ? "respective" : "lead";
    leads = unique([...respective, ...explicitLeads]);
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
    supporting = unique([...listed, ...support]);
  } else if (listed.length > 0 && listed.every(isDepartmentGroup)) {
    // 各省级人民政府负责: each government of the group answers for its own part (国发〔2018〕42号).
    kind = "respective";
    leads = listed;
    supporting = [...support];
  } else if (listed.length === 1 || (listed.length > 1 && firstListedLeads)) {
    leads = [listed[0]];
    supporting = [...listed.slice(1), ...support];
  } else if (listed.length > 1) {
    unmarkedList = true;
    if (context.unmarked === "first-listed") {
      leads = [listed[0]];
      supporting = [...listed.slice(1), ...support];
    } else {
      if (context.unmarked === "joint") kind = "joint";
      leads = [];
      supporting = [...listed, ...support];
    }
  } else {
    leads = [];
    supporting = [...support];
  }
  supporting = unique(supporting.filter((name) => !leads.includes(name)));
  // 有关部门 alone names nobody to supervise: a problem, not a lead (beside a named unit it is a placeholder).
  const vague = departments.length > 0 && departments.every((name) => /^(?:有关|相关)(?:部门|单位)$/.test(name));
  if (vague) {
    leads = [];
    supporting = [];
    kind = "lead";
  }

  const problems: ResponsibilityProblem[] = [];
  if (departments.length === 0 || vague) {
    const shown = text.trim().slice(0, 40);
    problems.push({
      code: "no-department",
      message: `责任表述“${shown}”中没有可识别的单位名称，请写明牵头单位和配合单位。`,
      messageEn: `The responsibility text "${shown}" names no department; state the lead and supporting departments.`,
    });
  }
  for (const { written, parts } of read.flatMap((group) => group.list.runTogether)) {
    problems.push({
      code: "run-together-names",
      message: `“${written}”中几个单位名称连写在一起，已按${parts.join("、")}分开，请核对；可在部门名录中列出这些单位。`,
      messageEn: `"${written}" runs several unit names together; read as ${parts.join(", ")}. Check it, or list the units in the department roster.`,
    });
  }
  return {
    leads,
    supporting,
    kind,
    departments: vague ? [] : departments,
    leaders: named.leaders,
    inferred: unique(read.flatMap((group) => group.list.inferred)),
    levels,
    unmarkedList,
    conventionNote: note ? { firstListedLeads: note.firstListedLeads, appliesToRest: note.appliesToRest, exceptRespective: note.exceptRespective } : null,
    problems,
  };
}
