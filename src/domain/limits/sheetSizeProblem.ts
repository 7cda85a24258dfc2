import type { Problem } from "../problem";
import { SHEET_LIMITS } from "./sheetLimits";

/** What was counted on a sheet before reading it. */
export interface SheetMeasure {
  sheet: string;
  rows: number;
  cells: number;
  mergedCells: number;
  /** The largest merge, as written (A1:XFD1048576), when there is one. */
  largestMerge?: string;
}

const fmt = (count: number): string => (Number.isFinite(count) ? count.toLocaleString("en-US") : "200 MB+");

/**
 * The `sheet-too-large` problem for a sheet past SHEET_LIMITS (naming the sheet, what was counted and the limit),
 * or null when the sheet may be read.
 * @example sheetSizeProblem({ sheet: "Sheet1", rows: 1, cells: 1, mergedCells: 17179869184, largestMerge: "A1:XFD1048576" }, "坏.xlsx")?.code // "sheet-too-large"
 */
export function sheetSizeProblem(measure: SheetMeasure, file?: string): Problem | null {
  const where = { ...(file !== undefined ? { file } : {}), sheet: measure.sheet };
  const tail = "请删去多余的行、取消多余的合并，或把需要的内容复制到新工作簿后再试。";
  const tailEn = "Delete the surplus rows, undo the surplus merges, or copy what is needed into a new workbook and retry.";
  if (measure.mergedCells > SHEET_LIMITS.mergedCells) {
    const merge = measure.largestMerge !== undefined ? `（最大的是 ${measure.largestMerge}）` : "";
    return {
      code: "sheet-too-large",
      severity: "error",
      ...where,
      message: `工作表“${measure.sheet}”的合并单元格共覆盖 ${fmt(measure.mergedCells)} 个单元格${merge}，超过本工具的上限 ${fmt(SHEET_LIMITS.mergedCells)} 个，未读取。${tail}`,
      messageEn: `Merged ranges of sheet "${measure.sheet}" cover ${fmt(measure.mergedCells)} cells${measure.largestMerge !== undefined ? ` (the largest is ${measure.largestMerge})` : ""}, over the limit of ${fmt(SHEET_LIMITS.mergedCells)}; the sheet was not read. ${tailEn}`,
    };
  }
  if (measure.rows > SHEET_LIMITS.rows || measure.cells > SHEET_LIMITS.cells) {
    const rows = measure.rows > SHEET_LIMITS.rows;
    return {
      code: "sheet-too-large",
      severity: "error",
      ...where,
      message: rows
        ? `工作表“${measure.sheet}”有 ${fmt(measure.rows)} 行，超过本工具的上限 ${fmt(SHEET_LIMITS.rows)} 行，未读取。${tail}`
        : `工作表“${measure.sheet}”有 ${fmt(measure.cells)} 个单元格，超过本工具的上限 ${fmt(SHEET_LIMITS.cells)} 个，未读取。${tail}`,
      messageEn: rows
        ? `Sheet "${measure.sheet}" has ${fmt(measure.rows)} rows, over the limit of ${fmt(SHEET_LIMITS.rows)}; it was not read. ${tailEn}`
        : `Sheet "${measure.sheet}" has ${fmt(measure.cells)} cells, over the limit of ${fmt(SHEET_LIMITS.cells)}; it was not read. ${tailEn}`,
    };
  }
  return null;
}
