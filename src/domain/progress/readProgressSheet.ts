import type { DepartmentRoster } from "../departments/buildRoster";
import { findDepartment } from "../departments/findDepartment";
import type { SheetGrid } from "../grid";
import type { Problem, Result } from "../problem";
import { fail, ok } from "../problem";
import { findHeaderRow, type HeaderRow } from "../headers/findHeaderRow";
import type { Task } from "../task";
import { cellText } from "../text/cellText";
import { toHalfWidth } from "../text/toHalfWidth";
import { normalizeUnit } from "../units/normalizeUnit";
import { unitFactor } from "../units/unitFactor";
import { findDepartmentInText } from "./findDepartmentInText";
import type { ProgressRow } from "./progressRow";
import { PROGRESS_VOCABULARY, type ProgressSheetColumn } from "./progressVocabulary";
import { readPeriodEnd } from "./readPeriodEnd";
import { progressColumnLetters } from "./progressColumnLetters";
import { readProgressRow, type ProgressSheetLayout } from "./readProgressRow";

export interface ReadProgressSheetOptions {
  /** The tasks of the task table: their departments are the names a title or file name may give. */
  tasks: readonly Task[];
  roster: DepartmentRoster;
  /** The file the sheet came from, when it is not a sheet of the open workbook (defaults to grid.file). */
  file?: string;
  /** The as-of date of the run (ISO): its year completes periods written without one (1-10月). */
  asOf?: string;
}

/** 单位：万元 in a title row, or in brackets in a header (完成值（万元）). */
const UNIT_NOTE = /单位[:：]\s*([^\s，,；;）)]+)/;
const BRACKETED = /[（(]([^（()）]+)[)）]/;
const DEPARTMENT_END = /(厅|委|局|办|政府|管委会|中心|公司|集团|院|署|部)$/;

/**
 * Read a departmental progress sheet (进展情况表) in its own layout: its header is found under any title rows
 * (merged, or over two rows) with the progress vocabulary — 序号/编号, 工作任务/任务名称/重点工作/目标任务,
 * 完成情况/进展情况/推进情况/1-10月完成情况, 完成值/累计完成/实际完成, 单位, 填报单位/责任单位/报送单位,
 * 截至日期/截止时间. Each filled row becomes a ProgressRow with the cell of its progress text. The reporting
 * department comes from its column, else from a title row (省交通运输厅重点工作进展情况表), the sheet name or the
 * file name; the as-of date from its column, a period opening the text (1-10月完成…), the progress header
 * (1—10月推进情况) or the title (截至2007年10月31日). A value's unit comes from the 单位 column, the cell (241.4亿元),
 * the header (完成值（万元）) or a 单位：万元 note above the table. Full-width digits are read. Section, note and
 * repeated header and 合计/小计 rows are skipped; a row with a task but no progress is an `empty-progress` note. A row with
 * progress but no task number or title is kept: the matching lists it for the clerk.
 * A sheet with no such header fails with `no-progress-header`.
 * @example readProgressSheet(grid, { tasks, roster, file: "省发展改革委.xlsx", asOf: "2007-10-31" })
 * // ok([{ id: "4", title: "工业大项目计划总投资798亿元，当年计划投资", text: "１－１０月工业大项目完成投资２４１．４亿元",
 * //       value: 2414000, unit: "万元", department: "省发展改革委", asOf: "2007-10-31", source: { file, sheet, cell: "C4", row: 4 } }])
 */
export function readProgressSheet(grid: SheetGrid, options: ReadProgressSheetOptions): Result<ProgressRow[]> {
  const file = options.file ?? grid.file;
  const where = { ...(file !== undefined ? { file } : {}), sheet: grid.name };
  const header = findHeaderRow(grid, PROGRESS_VOCABULARY);
  if (header === null) {
    return fail([
      {
        code: "no-progress-header",
        severity: "error",
        ...where,
        message: `工作表“${grid.name}”中没有找到进展表的表头（需要“序号”或“工作任务”列，以及“完成情况/进展情况”或“完成值”列）。请检查表头，或不选此表作为进展来源。`,
        messageEn: `No progress table header found on sheet "${grid.name}" (it needs a 序号 or task column and a progress or value column). Check the header, or do not use this sheet as a progress source.`,
      },
    ]);
  }
  const layout = sheetLayout(grid, header, options);
  const problems: Problem[] = [];
  const rows: ProgressRow[] = [];
  for (let r = layout.dataStart; r < grid.rows.length; r++) {
    const read = readProgressRow(layout, r);
    if (read === null) continue;
    if ("code" in read) problems.push(read);
    else rows.push(read);
  }
  return ok(rows, problems);
}

/** The sheet's columns, and what its title rows and header say for all its rows (year, period, department, units). */
function sheetLayout(grid: SheetGrid, header: HeaderRow<ProgressSheetColumn>, options: ReadProgressSheetOptions): ProgressSheetLayout {
  const file = options.file ?? grid.file;
  const columns: Partial<Record<ProgressSheetColumn, number>> = { ...header.columns };
  const known = departmentNames(options.tasks);
  const titleText = grid.rows
    .slice(0, header.firstRow)
    .flatMap((row) => row.map((value) => cellText(value)))
    .filter((text) => text !== "")
    .join(" ");
  const year = Number(/(\d{4})年/.exec(toHalfWidth(titleText))?.[1] ?? yearOf(options.asOf) ?? new Date().getUTCFullYear());
  const sheetDepartment =
    findDepartmentInText(titleText, known, options.roster) ??
    findDepartmentInText(grid.name, known, options.roster) ??
    (file === undefined ? null : findDepartmentInText(file.replace(/^.*[\\/]/, ""), known, options.roster));
  const dataStart = header.row + 1;
  // A 单位 column listing departments (省经委, 省发展改革委) is the reporting department, not a unit.
  if (columns.unit !== undefined && columns.department === undefined) {
    const cells = grid.rows.slice(dataStart).map((row) => cellText(row[columns.unit ?? 0])).filter((text) => text !== "");
    const departments = cells.filter((text) => findDepartment(options.roster, text) !== null || DEPARTMENT_END.test(text)).length;
    if (departments > 0 && departments * 2 >= cells.length) {
      columns.department = columns.unit;
      delete columns.unit;
    }
  }
  return {
    grid,
    where: { ...(file !== undefined ? { file } : {}), sheet: grid.name },
    columns,
    dataStart,
    headerTexts: header.texts.map((text) => text.replace(/\s+/g, "")),
    ratioHeader: header.columns.ratio === undefined ? "" : header.texts[header.columns.ratio],
    headerUnit: header.columns.value === undefined ? "" : unitIn(header.texts[header.columns.value], BRACKETED),
    textHeaderUnit: header.columns.text === undefined ? "" : unitIn(header.texts[header.columns.text], BRACKETED),
    noteUnit: unitIn(titleText, UNIT_NOTE),
    year,
    headerPeriod: header.columns.text === undefined ? null : readPeriodEnd(header.texts[header.columns.text], year),
    titlePeriod: readPeriodEnd(titleText, year),
    sheetDepartment,
    roster: options.roster,
    columnLetters: progressColumnLetters(grid, columns),
  };
}

function unitIn(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[1];
  if (found === undefined) return "";
  const unit = normalizeUnit(found);
  return unitFactor(unit) === null ? "" : unit;
}

/** Department names of a task list, computed once per list (a run reads many sheets against the same tasks). */
const namesOfTasks = new WeakMap<readonly Task[], string[]>();

function departmentNames(tasks: readonly Task[]): string[] {
  const cached = namesOfTasks.get(tasks);
  if (cached !== undefined) return cached;
  const names = new Set<string>();
  for (const task of tasks) {
    for (const name of task.leads) names.add(name);
    for (const name of task.supporting) names.add(name);
  }
  const list = [...names];
  namesOfTasks.set(tasks, list);
  return list;
}

function yearOf(asOf: string | undefined): number | null {
  const match = /^(\d{4})-/.exec(asOf ?? "");
  return match ? Number(match[1]) : null;
}
