import type { DepartmentRoster } from "../departments/buildRoster";
import { displayDepartment } from "../departments/displayDepartment";
import { parseResponsibility as parseText } from "../responsibility/parseResponsibility";
import type { ResponsibilityKind } from "../task";

/** The responsibility of one task row, from its 牵头单位 / 配合单位 / 责任单位 cells. */
export interface RowResponsibility {
  /** Canonical names. */
  leads: string[];
  /** Canonical names; a lead written again as supporting stays here (validation reports it). */
  supporting: string[];
  kind: ResponsibilityKind;
  /** The 责任单位 cell states the first-listed-leads rule for the rest of the table (…负责。列第一位者为牵头部门，下同). */
  rulesRest: boolean;
}

const unique = (names: string[]): string[] => names.filter((name, index) => names.indexOf(name) === index);

/**
 * Read a row's responsibility. With a 牵头单位 column: every department it names leads (a list is co-leads,
 * “分别牵头” respective leads, “按职责分工负责” joint), unless it marks roles itself (“X牵头，Y配合”); the 配合单位
 * column (or, without one, the 责任单位 / 责任主体与协同单位 column, leads left out) lists the supporting ones.
 * With only a 责任单位 column: parseResponsibility, under the first-listed-leads rule when it is in force.
 * A lone department in the 配合单位 column is not a lead: the lead cell is empty (missing-lead).
 * @example readResponsibilityCells({ lead: "长春市政府、吉林市政府分别牵头", supporting: "省发展改革委" }, { roster, firstListedLeads: false })
 * // { leads: ["长春市政府", "吉林市政府"], supporting: ["省发展改革委"], kind: "respective", rulesRest: false }
 */
export function readResponsibilityCells(
  cells: { lead?: string; supporting?: string; responsible?: string },
  context: {
    roster: DepartmentRoster;
    firstListedLeads: boolean;
    isKnown?: (name: string) => boolean;
    /** parseResponsibility, or a reader that remembers what it read (its results are not changed here). */
    parse?: typeof parseText;
  },
): RowResponsibility {
  const canonical = (names: string[]): string[] => unique(names.map((name) => displayDepartment(context.roster, name)));
  const known = context.isKnown ? { isKnown: context.isKnown } : {};
  const parseResponsibility = context.parse ?? parseText;
  const listed = (text: string | undefined): string[] => (text ? parseResponsibility(text, known).departments : []);

  if (cells.lead !== undefined) {
    const lead = cells.lead ? parseResponsibility(cells.lead, known) : null;
    let leads: string[] = [];
    let supporting: string[] = [];
    let kind: ResponsibilityKind = "lead";
    if (lead?.kind === "joint") {
      kind = "joint";
      supporting = [...lead.supporting];
    } else if (lead?.kind === "respective") {
      kind = "respective";
      leads = lead.leads;
      supporting = [...lead.supporting];
    } else if (lead) {
      leads = lead.leads.length > 0 ? lead.leads : lead.departments;
      supporting = lead.leads.length > 0 ? [...lead.supporting] : [];
    }
    const canonicalLeads = canonical(leads);
    let more: string[];
    if (cells.supporting !== undefined) more = canonical(listed(cells.supporting));
    else more = canonical(listed(cells.responsible)).filter((name) => !canonicalLeads.includes(name));
    return { leads: canonicalLeads, supporting: unique([...canonical(supporting), ...more]), kind, rulesRest: false };
  }

  const text = cells.responsible ?? "";
  const parsed = parseResponsibility(text, { firstListedLeads: context.firstListedLeads, ...known });
  const leads = canonical(parsed.leads);
  const supporting = unique([...canonical(parsed.supporting), ...canonical(listed(cells.supporting))]);
  const rulesRest = parsed.conventionNote?.firstListedLeads === true && parsed.conventionNote.appliesToRest;
  return { leads, supporting, kind: text === "" ? "lead" : parsed.kind, rulesRest };
}
