import type { DepartmentRoster } from "../departments/buildRoster";
import { displayDepartment } from "../departments/displayDepartment";
import { parseResponsibility, type ParsedResponsibility, type ResponsibilityContext, type ResponsibilityProblem } from "../responsibility/parseResponsibility";
import { readLeaders } from "../responsibility/readLeaders";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";
import { readResponsibilityCells, type RowResponsibility } from "./readResponsibilityCells";

/** The responsibility cells of a row, as written (undefined for a column the table does not have). */
export interface ResponsibilityTexts {
  lead?: string;
  supporting?: string;
  responsible?: string;
}

/** What a row's responsibility cells say, read once for all the rows that write them alike. */
export interface TaskResponsibility extends RowResponsibility {
  /** Leaders named in the cells (责任领导：张三), in column order. */
  leaders: string[];
  /** Per filled cell, lead first, then 责任单位, then 配合单位: the departments it names (shown names) and its run-together names. */
  cells: { column: "lead" | "responsible" | "supporting"; departments: string[]; runTogether: ResponsibilityProblem[] }[];
  /** Each department named → the column of the first cell naming it (the lead cell first); no prototype. */
  departmentColumns: Readonly<Record<string, "lead" | "responsible" | "supporting">>;
  /** Whether any cell has run-together names (most rows have none). */
  hasRunTogether: boolean;
  /** The filled cells as written, 牵头单位, 配合单位, 责任单位 in that order, joined with “；” (the task's responsibilityText). */
  written: string;
}

/**
 * A reader of rows' responsibility cells for one task table: a long table writes the same few hundred cells again
 * and again, so each distinct set of cells (with the first-listed-leads rule in force or not) is parsed once. Callers
 * get their own arrays (the cached ones are never handed out).
 * @example const read = createTaskResponsibilityReader({ roster, simplify: (text) => text, isKnown: () => false });
 * read({ lead: "省发展改革委", supporting: "省财政厅" }, false).supporting // ["省财政厅"]
 */
export function createTaskResponsibilityReader(context: {
  roster: DepartmentRoster;
  simplify: (text: string) => string;
  isKnown: (name: string) => boolean;
}): (texts: ResponsibilityTexts, firstListedLeads: boolean) => TaskResponsibility {
  // By the rule in force, then by each cell's text as written (undefined for a column the table does not have).
  const read = [false, true].map(() => new Map<string | undefined, Map<string | undefined, Map<string | undefined, TaskResponsibility>>>());
  const parsed = new Map<string, ParsedResponsibility>();
  // One cell text is parsed once, whatever the other cells of its row (the context's isKnown is the table's).
  const parse = (text: string, options: ResponsibilityContext = {}): ParsedResponsibility => {
    const key = JSON.stringify([text, options.firstListedLeads ?? null, options.unmarked ?? null, options.level ?? null]);
    let known = parsed.get(key);
    if (known === undefined) parsed.set(key, (known = parseResponsibility(text, options)));
    return known;
  };
  return (texts, firstListedLeads) => {
    const byResponsible = within(within(read[firstListedLeads ? 1 : 0], texts.lead), texts.supporting);
    let known = byResponsible.get(texts.responsible);
    if (known === undefined) byResponsible.set(texts.responsible, (known = readOnce(texts, firstListedLeads, { ...context, parse })));
    return known;
  };
}

/** The map under `key` in `outer`, made when first needed. */
function within<V>(outer: Map<string | undefined, Map<string | undefined, V>>, key: string | undefined): Map<string | undefined, V> {
  let inner = outer.get(key);
  if (inner === undefined) outer.set(key, (inner = new Map()));
  return inner;
}

function readOnce(
  texts: ResponsibilityTexts,
  firstListedLeads: boolean,
  context: { roster: DepartmentRoster; simplify: (text: string) => string; isKnown: (name: string) => boolean; parse: typeof parseResponsibility },
): TaskResponsibility {
  const { roster, simplify, isKnown, parse } = context;
  const responsibility = readResponsibilityCells(
    {
      lead: texts.lead !== undefined ? simplify(texts.lead) : undefined,
      supporting: texts.supporting !== undefined ? simplify(texts.supporting) : undefined,
      responsible: texts.responsible !== undefined ? simplify(texts.responsible) : undefined,
    },
    { roster, firstListedLeads, isKnown, parse },
  );
  const leaders = (["lead", "supporting", "responsible"] as const).flatMap((column) => readLeaders(toSimplifiedChinese(simplify(texts[column] ?? ""))).leaders);
  const cells: TaskResponsibility["cells"] = [];
  for (const column of ["lead", "responsible", "supporting"] as const) {
    const written = texts[column] ?? "";
    if (written === "") continue;
    const parsed = parse(simplify(written), { isKnown });
    const departments = parsed.departments.map((name) => displayDepartment(roster, name));
    cells.push({ column, departments, runTogether: parsed.problems.filter((problem) => problem.code === "run-together-names") });
  }
  // No prototype: a department written "constructor" or "__proto__" is a name like any other.
  const departmentColumns = Object.create(null) as Record<string, "lead" | "responsible" | "supporting">;
  for (const { column, departments } of cells) for (const name of departments) if (departmentColumns[name] === undefined) departmentColumns[name] = column;
  // Tasks of the same cells share these lists, never changed once read (frozen so that no change can pass unseen).
  return {
    ...responsibility,
    leads: Object.freeze(responsibility.leads) as string[],
    supporting: Object.freeze(responsibility.supporting) as string[],
    leaders,
    cells,
    departmentColumns: Object.freeze(departmentColumns),
    hasRunTogether: cells.some((cell) => cell.runTogether.length > 0),
    written: [texts.lead, texts.supporting, texts.responsible].filter((text) => text !== undefined && text !== "").join("；"),
  };
}
