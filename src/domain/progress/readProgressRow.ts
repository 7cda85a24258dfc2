import type { DepartmentRoster } from "../departments/buildRoster";
import { canonicalDepartment } from "../departments/canonicalDepartment";
import type { CellValue, SheetGrid } from "../grid";
import { cellAddress } from "../grid";
import { findNumbers } from "../numbers/findNumbers";
import { mayBeOneFigure } from "../numbers/mayBeOneFigure";
import type { Problem } from "../problem";
import { cellText } from "../text/cellText";
import { toHalfWidth } from "../text/toHalfWidth";
import { normalizeUnit } from "../units/normalizeUnit";
import type { ProgressColumn, ProgressRow } from "./progressRow";
import type { ProgressSheetColumn } from "./progressVocabulary";
import { readPeriodEnd } from "./readPeriodEnd";

/** What a progress sheet's rows are read with: its columns and what its title and header say for every row. */
export interface ProgressSheetLayout {
  grid: SheetGrid;
  /** The file (when not the open workbook) and the sheet, for every row's source. */
  where: { file?: string; sheet: string };
  columns: Partial<Record<ProgressSheetColumn, number>>;
  /** 0-based row where the data start, under the header. */
  dataStart: number;
  /** The header's texts by column, without white space (a repeated header is skipped). */
  headerTexts: string[];
  /** The 完成率 column's header ("" without one). */
  ratioHeader: string;
  /** Units in the value and progress headers (完成值（万元）) and in a 单位：万元 note above the table ("" when none). */
  headerUnit: string;
  textHeaderUnit: string;
  noteUnit: string;
  /** The year of periods written without one. */
  year: number;
  /** The period of the progress header (1—10月推进情况) and of the title (截至2007年10月31日), ISO. */
  headerPeriod: string | null;
  titlePeriod: string | null;
  /** The department named by the title, the sheet name or the file name. */
  sheetDepartment: string | null;
  /** The column letters of the logical columns, shared by every row read (ProgressRow.columnLetters). */
  columnLetters: Readonly<Partial<Record<ProgressColumn, string>>>;
  roster: DepartmentRoster;
}

/** Rows that are notes under a table, not progress: 注：…, 填报人：…, 审核人, 联系电话. */
const NOTE_ROW = /^(注|备注|说明|填报人|审核人|审核|联系人|联系电话|负责人|制表|制表人|单位负责人|主要负责人|签发)[:：\s]/;
/** A totals row (合计 / 小计 / 总计) sums the rows above it; it reports no task of its own. */
const TOTAL_ROW = /^(合\s*计|小\s*计|总\s*计|累\s*计)$/;
const SECTION_ROW = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))/;
/** A period at the start of a progress text: 1-10月…, 1—10月…, 2007年1至10月…, 截至10月末…. */
const LEADING_PERIOD = /^(\d{4}年)?(1|一)月?\s*[-—–~～－至到]|^截[至止]/;
const SEAL = /[（(](盖章|章|公章|签章)[)）]$/;

/**
 * Read one row of a progress sheet: a ProgressRow with the cell of its progress text (or value), its department,
 * figure, unit and period; an `empty-progress` problem for a task row without progress; null for a row that is no
 * report (blank, a note, the header repeated, a section heading, a 合计/小计 row).
 * @example readProgressRow(layout, 3) // { id: "4", text: "１－１０月…完成投资２４１．４亿元", department: "省发展改革委", asOf: "2007-10-31", source: { …, cell: "C4" }, … }
 */
export function readProgressRow(layout: ProgressSheetLayout, r: number): ProgressRow | Problem | null {
  const { grid, columns } = layout;
  const cellOf = (column: ProgressSheetColumn): CellValue => {
    const col = columns[column];
    return col === undefined ? null : valueAt(grid, r, col, layout.dataStart);
  };
  const texts = (grid.rows[r] ?? []).map((value) => cellText(value));
  /** The text of a column's cell: the row's own text read above, or the merge's above it. */
  const textOf = (column: ProgressSheetColumn): string => {
    const col = columns[column];
    if (col === undefined) return "";
    return texts[col] !== undefined && texts[col] !== "" ? texts[col] : cellText(valueAt(grid, r, col, layout.dataStart));
  };
  let firstFilled = "";
  let filledCount = 0;
  for (const text of texts) if (text !== "" && filledCount++ === 0) firstFilled = text;
  if (filledCount === 0) return null;
  if (NOTE_ROW.test(toHalfWidth(firstFilled))) return null;
  if (texts.every((text, col) => text === "" || text.replace(/\s+/g, "") === layout.headerTexts[col])) return null;
  const id = toHalfWidth(textOf("id"));
  const title = textOf("title");
  const ownText = textOf("text");
  // 任务完成率 / 完成比例(%) and 备注 columns belong to the report: “任务完成率133%；已超额完成。”
  const text = joinReportParts(ownText, statedRatioText(cellOf("ratio"), layout.ratioHeader), textOf("remark"));
  const valueCell = cellOf("value");
  const valueText = textOf("value");
  if (text === "" && valueText === "" && filledCount === 1 && SECTION_ROW.test(firstFilled)) return null;
  if (TOTAL_ROW.test(title || id || firstFilled)) return null;
  // A progress cell that is one figure (3321, 52242, 6453人) is the department's figure when no value column gives one.
  const ownFigure = ownText === "" ? null : readValue(ownText);
  const reading = valueText === "" && ownFigure !== null && ownFigure.value !== null ? { ...ownFigure, unit: ownFigure.unit || layout.textHeaderUnit } : readValue(valueCell);
  const cell = cellAddress(grid, r, (text !== "" || reading.value === null ? columns.text : columns.value) ?? columns.value ?? columns.text ?? 0);
  const { file, sheet } = layout.where;
  const row1 = r + (grid.origin?.row ?? 0) + 1;
  const source = file !== undefined ? { file, sheet, cell, row: row1 } : { sheet, cell, row: row1 };
  if (text === "" && reading.value === null && reading.text === "") return id !== "" || title !== "" ? emptyProgress(source, title || id) : null;
  const departmentText = textOf("department").replace(SEAL, "");
  const department = departmentText !== "" ? canonicalDepartment(layout.roster, departmentText) : (layout.sheetDepartment ?? "");
  const progressText = text !== "" ? text : reading.text;
  const rowAsOf =
    (columns.asOf !== undefined ? readPeriodEnd(cellOf("asOf"), layout.year) : null) ??
    (LEADING_PERIOD.test(toHalfWidth(progressText)) ? readPeriodEnd(progressText, layout.year) : null) ??
    layout.headerPeriod ??
    layout.titlePeriod;
  const unit = reading.value === null ? "" : normalizeUnit(textOf("unit")) || reading.unit || layout.headerUnit || layout.noteUnit;
  // Every row is made with all its fields at once (undefined where the sheet says nothing): one shape, smaller rows.
  const row: ProgressRow = {
    text: progressText,
    department,
    source,
    columnLetters: layout.columnLetters,
    id: id !== "" ? id : undefined,
    title: title !== "" ? title : undefined,
    value: reading.value ?? undefined,
    unit: unit !== "" ? unit : undefined,
    asOf: rowAsOf ?? undefined,
  };
  return row;
}

/** The filled parts of a report joined with “；” (a lone part as it is). */
function joinReportParts(own: string, ratio: string, remark: string): string {
  let text = own;
  if (ratio !== "") text = text === "" ? ratio : `${text}；${ratio}`;
  if (remark !== "") text = text === "" ? remark : `${text}；${remark}`;
  return text;
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
  // A progress text says more than a figure (完成投资…): it is read once, when its task is evaluated.
  if (!mayBeOneFigure(text)) return { value: null, unit: "", text };
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

function emptyProgress(source: { file?: string; sheet: string; cell: string }, what: string): Problem {
  return {
    code: "empty-progress",
    severity: "info",
    ...source,
    message: `“${what}”这一行没有填写进展情况或完成值，按未报送处理。如已报送，请补填进展。`,
    messageEn: `The row "${what}" has no progress text or value; it is treated as not reported. Fill in the progress if it was reported.`,
  };
}
