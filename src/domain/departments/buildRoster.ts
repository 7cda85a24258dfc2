import type { SheetGrid } from "../grid";
import { findHeaderRow, type HeaderVocabulary } from "../headers/findHeaderRow";
import { normalizeHeader } from "../headers/normalizeHeader";
import { cellText } from "../text/cellText";
import { normalizeName } from "../text/normalizeName";
import { departmentKey } from "./departmentKey";

/** The valid department names of a workbook and the ways they are written. */
export interface DepartmentRoster {
  /** The sheet the names were read from (部门名录); null when only built-in knowledge is used. */
  sheet: string | null;
  /** Names listed on the roster sheet (全称), normalised, in sheet order; empty without a roster sheet. */
  names: string[];
  /** departmentKey of every full and short name on the sheet → the full name. */
  byKey: ReadonlyMap<string, string>;
}

type RosterColumn = "full" | "short";

const ROSTER_VOCABULARY: HeaderVocabulary<RosterColumn> = {
  terms: [
    ...["全称", "单位名称", "部门名称", "单位全称", "部门全称", "机构名称", "规范名称", "标准名称", "Full name", "Department", "Name"].map((name) => ({
      name,
      columns: ["full"] as const,
    })),
    ...["单位", "部门", "名称"].map((name) => ({ name, columns: ["full"] as const, whole: true })),
    ...["简称", "别名", "单位简称", "部门简称", "常用简称", "其他写法", "Short name", "Short names", "Alias", "Aliases"].map((name) => ({
      name,
      columns: ["short"] as const,
    })),
  ],
  required: [["full"]],
};

/** Split a cell of short names: 、，,;；/ and spaces, not inside brackets (各县（市、区）). */
function splitShortNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "（" || ch === "(") depth += 1;
    if (ch === "）" || ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,;；/\s]/.test(ch)) {
      names.push(current);
      current = "";
    } else current += ch;
  }
  names.push(current);
  return names.map((name) => normalizeName(name)).filter((name) => name !== "");
}

/**
 * The department roster: the names of a 部门名录 sheet (a 全称 / 单位名称 column and a 简称 / 别名 column
 * of short names separated by 、，,) when the workbook has one, on top of built-in knowledge of common short
 * forms (省发改委 = 省发展改革委, see departmentKey). Without a header, column A holds full names and B short names.
 * @example buildRoster(rosterGrid).byKey.get("省发展改革委") // "省发展和改革委员会" when the sheet lists 省发改委 as its short name
 * @example buildRoster(null) // { sheet: null, names: [], byKey: Map {} }
 */
export function buildRoster(rosterGrid: SheetGrid | null): DepartmentRoster {
  const names: string[] = [];
  const byKey = new Map<string, string>();
  if (rosterGrid === null) return { sheet: null, names, byKey };

  const header = findHeaderRow(rosterGrid, ROSTER_VOCABULARY);
  let fullColumn = header?.columns.full ?? 0;
  let shortColumn: number | undefined = header ? header.columns.short : 1;
  let firstRow = header ? header.row + 1 : 0;
  if (!header) {
    // A one-column header (单位名称) is not found by findHeaderRow, which wants two filled cells.
    const first = normalizeHeader(cellText(rosterGrid.rows[0]?.[0]));
    if (ROSTER_VOCABULARY.terms.some((term) => normalizeHeader(term.name) === first)) firstRow = 1;
    fullColumn = 0;
    shortColumn = 1;
  }
  const add = (key: string, full: string): void => {
    if (!byKey.has(key)) byKey.set(key, full);
  };
  for (const row of rosterGrid.rows.slice(firstRow)) {
    const full = normalizeName(cellText(row[fullColumn]));
    if (full === "") continue;
    if (!names.includes(full)) names.push(full);
    add(departmentKey(full), full);
    if (shortColumn === undefined) continue;
    for (const short of splitShortNames(cellText(row[shortColumn]))) add(departmentKey(short), full);
  }
  return { sheet: rosterGrid.name, names, byKey };
}
