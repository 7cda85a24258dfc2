import type { DepartmentRoster } from "../departments/buildRoster";
import { canonicalDepartment } from "../departments/canonicalDepartment";
import { findDepartment } from "../departments/findDepartment";
import type { CellValue, SheetGrid } from "../grid";
import { cellAddress } from "../grid";
import { findNumbers } from "../numbers/findNumbers";
import type { Problem, Result } from "../problem";
import { fail, ok } from "../problem";
import { findHeaderRow } from "../headers/findHeaderRow";
import type { Task } from "../task";
import { cellText } from "../text/cellText";
import { toHalfWidth } from "../text/toHalfWidth";
import { normalizeUnit } from "../units/normalizeUnit";
import { unitFactor } from "../units/unitFactor";
import { findDepartmentInText } from "./findDepartmentInText";
import type { ProgressColumn, ProgressRow } from "./progressRow";
import { PROGRESS_VOCABULARY, type ProgressSheetColumn } from "./progressVocabulary";
import { readPeriodEnd } from "./readPeriodEnd";

export interface ReadProgressSheetOptions {
  /** The tasks of the task table: their departments are the names a title or file name may give. */
  tasks: readonly Task[];
  roster: DepartmentRoster;
  /** The file the sheet came from, when it is not a sheet of the open workbook (defaults to grid.file). */
  file?: string;
  /** The as-of date of the run (ISO): its year completes periods written without one (1-10月). */
  asOf?: string;
}

/** Rows that are notes under a table, not progress: 注：…, 填报人：…, 审核人, 联系电话. */
const NOTE_ROW = /^(注|备注|说明|填报人|审核人|审核|联系人|联系电话|负责人|制表|制表人|单位负责人|主要负责人|签发)[:：\s]/;
/** A totals row (合计 / 小计 / 总计) sums the rows above it; it reports no task of its own. */
const TOTAL_ROW = /^(合\s*计|小\s*计|总\s*计|累\s*计)$/;
const SECTION_ROW = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;
/** A period at the start of a progress text: 1-10月…, 1—10月…, 2007年1至10月…, 截至10月末…. */
const LEADING_PERIOD = /^(\d{4}年)?(1|一)月?\s*[-—–~～－至到]|^截[至止]/;
/** 单位：万元 in a title row, or in brackets in a header (完成值（万元）). */
const UNIT_NOTE = /单位[:：]\s*([^\s，,；;）)]+)/;
const BRACKETED = /[（(]([^（()）]+)[)）]/;
const DEPARTMENT_END = /(厅|委|局|办|政府|管委会|中心|公司|集团|院|署|部)$/;
const SEAL = /[（(](盖章|章|公章|签章)[)）]$/;

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
  const problems: Problem[] = [];
  const columns: Partial<Record<ProgressSheetColumn, number>> = { ...header.columns };
  const known = departmentNames(options.tasks);
  const asOfYear = yearOf(options.asOf);
  const titleText = grid.rows
    .slice(0, header.firstRow)
    .flatMap((row) => row.map((value) => cellText(value)))
    .filter((text) => text !== "")
    .join(" ");
  const year = Number(/(\d{4})年/.exec(toHalfWidth(titleText))?.[1] ?? asOfYear ?? new Date().getUTCFullYear());
  const headerPeriod = columns.text === undefined ? null : readPeriodEnd(header.texts[columns.text], year);
  const titlePeriod = readPeriodEnd(titleText, year);
  const sheetDepartment =
    findDepartmentInText(titleText, known, options.roster) ??
    findDepartmentInText(grid.name, known, options.roster) ??
    (file === undefined ? null : findDepartmentInText(file.replace(/^.*[\\/]/, ""), known, options.roster));
  const headerUnit = columns.value === undefined ? "" : unitIn(header.texts[columns.value], BRACKETED);
  const textHeaderUnit = columns.text === undefined ? "" : unitIn(header.texts[columns.text], BRACKETED);
  const ratioHeader = columns.ratio === undefined ? "" : header.texts[columns.ratio];
  const noteUnit = unitIn(titleText, UNIT_NOTE);

  const dataStart = header.row + 1;
  const cellOf = (row: number, column: ProgressSheetColumn | undefined): CellValue => {
    const col = column === undefined ? undefined : columns[column];
    return col === undefined ? null : valueAt(grid, row, col, dataStart);
  };
  // A 单位 column listing departments (省经委, 省发展改革委) is the reporting department, not a unit.
  if (columns.unit !== undefined && columns.department === undefined) {
    const cells = grid.rows.slice(dataStart).map((row) => cellText(row[columns.unit ?? 0])).filter((text) => text !== "");
    const departments = cells.filter((text) => findDepartment(options.roster, text) !== null || DEPARTMENT_END.test(text)).length;
    if (departments > 0 && departments * 2 >= cells.length) {
      columns.department = columns.unit;
      delete columns.unit;
    }
  }

  const rows: ProgressRow[] = [];
  const headerTexts = header.texts.map((text) => text.replace(/\s+/g, ""));
  for (let r = dataStart; r < grid.rows.length; r++) {
    const texts = (grid.rows[r] ?? []).map((value) => cellText(value));
    const filled = texts.filter((text) => text !== "");
    if (filled.length === 0) continue;
    if (NOTE_ROW.test(toHalfWidth(filled[0]))) continue;
    if (texts.every((text, col) => text === "" || text.replace(/\s+/g, "") === headerTexts[col])) continue;
    const id = toHalfWidth(cellText(cellOf(r, "id")));
    const title = cellText(cellOf(r, "title"));
    const ownText = cellText(cellOf(r, "text"));
    // 任务完成率 / 完成比例(%) and 备注 columns belong to the report: “任务完成率133%；已超额完成。”
    const text = [ownText, statedRatioText(cellOf(r, "ratio"), ratioHeader), cellText(cellOf(r, "remark"))].filter((part) => part !== "").join("；");
    const valueCell = cellOf(r, "value");
    if (text === "" && cellText(valueCell) === "" && filled.length === 1 && SECTION_ROW.test(filled[0])) continue;
    if (TOTAL_ROW.test(title || id || filled[0])) continue;
    const address = (column: ProgressColumn): string | undefined => {
      const col = columns[column];
      return col === undefined ? undefined : cellAddress(grid, r, col);
    };
    // A progress cell that is one figure (3321, 52242, 6453人) is the department's figure when no value column gives one.
    const ownFigure = ownText === "" ? null : readValue(ownText);
    const reading = cellText(valueCell) === "" && ownFigure !== null && ownFigure.value !== null ? { ...ownFigure, unit: ownFigure.unit || textHeaderUnit } : readValue(valueCell);
    const cells: Partial<Record<ProgressColumn, string>> = {};
    for (const column of ["id", "title", "text", "value", "unit", "department", "asOf", "ratio"] as const) {
      const at = address(column);
      if (at !== undefined) cells[column] = at;
    }
    const cell = (text !== "" || reading.value === null ? cells.text : cells.value) ?? cells.value ?? cells.text ?? cellAddress(grid, r, 0);
    const source = { ...where, cell, row: r + (grid.origin?.row ?? 0) + 1 };
    if (text === "" && reading.value === null && reading.text === "") {
      if (id !== "" || title !== "") problems.push(emptyProgress(source, title || id));
      continue;
    }
    const departmentText = cellText(cellOf(r, "department")).replace(SEAL, "");
    const department = departmentText !== "" ? canonicalDepartment(options.roster, departmentText) : (sheetDepartment ?? "");
    const unitText = normalizeUnit(cellText(cellOf(r, "unit")));
    const progressText = text !== "" ? text : reading.text;
    const rowAsOf =
      (columns.asOf !== undefined ? readPeriodEnd(cellOf(r, "asOf"), year) : null) ??
      (LEADING_PERIOD.test(toHalfWidth(progressText)) ? readPeriodEnd(progressText, year) : null) ??
      headerPeriod ??
      titlePeriod;
    const row: ProgressRow = { text: progressText, department, source, cells };
    if (id !== "") row.id = id;
    if (title !== "") row.title = title;
    if (reading.value !== null) {
      row.value = reading.value;
      const unit = unitText || reading.unit || headerUnit || noteUnit;
      if (unit !== "") row.unit = unit;
    }
    if (rowAsOf !== null) row.asOf = rowAsOf;
    rows.push(row);
  }
  return ok(rows, problems);
}

/** The value of a cell, or of the merge above it that covers it (a 填报单位 merged down several rows). */
function valueAt(grid: SheetGrid, row: number, col: number, dataStart: number): CellValue {
  const value = grid.rows[row]?.[col] ?? null;
  if (value !== null && value !== "") return value;
  const merge = grid.merges?.find((range) => range.top <= row && row <= range.bottom && range.left <= col && col <= range.right);
  if (merge === undefined || merge.top < dataStart || (merge.top === row && merge.left === col)) return value;
  return grid.rows[merge.top]?.[merge.left] ?? null;
}

/** A value cell: a number (2414000), or a text that is one figure (２４１．４亿元, 约241.4亿元); else its text. */
function readValue(value: CellValue): { value: number | null; unit: string; text: string } {
  if (typeof value === "number") return Number.isFinite(value) ? { value, unit: "", text: "" } : { value: null, unit: "", text: "" };
  const text = cellText(value);
  if (text === "") return { value: null, unit: "", text: "" };
  const mentions = findNumbers(text);
  if (mentions.length === 1) {
    const rest = (text.slice(0, mentions[0].start) + text.slice(mentions[0].end)).replace(/[\s\u3000\u00a0]+/g, "");
    if (rest === "") return { value: mentions[0].value, unit: mentions[0].unit, text: "" };
  }
  return { value: null, unit: "", text };
}

/**
 * A 完成率 / 完成比例(%) cell as the words of a report: “任务完成率133%”, “完成比例187.9%”. A number in a cell formatted as
 * a percentage comes as a fraction (0.72) when the header prints no %: it is 72%.
 */
function statedRatioText(value: CellValue, header: string): string {
  const written = cellText(value);
  if (written === "") return "";
  const name = header.replace(/[（(][^（）()]*[)）]/g, "").replace(/[\s\u3000]+/g, "") || "完成率";
  if (typeof value === "number" && Number.isFinite(value)) {
    const percent = !/[%％]/.test(header) && Math.abs(value) <= 10 ? value * 100 : value;
    return `${name}${Number(percent.toPrecision(12))}%`;
  }
  return /[%％]/.test(written) || findNumbers(written).length !== 1 ? `${name}${written}` : `${name}${written}%`;
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

function emptyProgress(source: { file?: string; sheet: string; cell: string }, what: string): Problem {
  return {
    code: "empty-progress",
    severity: "info",
    ...source,
    message: `“${what}”这一行没有填写进展情况或完成值，按未报送处理。如已报送，请补填进展。`,
    messageEn: `The row "${what}" has no progress text or value; it is treated as not reported. Fill in the progress if it was reported.`,
  };
}
