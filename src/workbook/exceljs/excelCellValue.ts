import type { CellValue as ExcelValue } from "exceljs";
import type { CellValue } from "../../domain/grid";

/**
 * What a clerk sees in an ExcelJS cell, as a grid value: formulas give their cached result,
 * rich text and hyperlinks their text, errors their code (#N/A), dates stay dates — except a date outside Excel's
 * calendar (serial below 1 or above 2958465, 9999-12-31), which stays its serial number, so it is read as no date.
 * @example excelCellValue({ richText: [{ text: "省发展" }, { text: "改革委" }] }) // "省发展改革委"
 */
export function excelCellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelDate(value);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: unknown }).error);
      return excelCellValue(result as ExcelValue);
    }
    if ("hyperlink" in value && "text" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? text : excelCellValue(text as ExcelValue);
    }
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const FIRST_DAY = Date.UTC(1900, 0, 1);
const LAST_DAY = Date.UTC(9999, 11, 31, 23, 59, 59);

/** A date inside Excel's calendar as it is; outside it, or not a date at all, as its serial number (or empty). */
function excelDate(value: Date): CellValue {
  const time = value.getTime();
  if (Number.isNaN(time)) return null;
  if (time >= FIRST_DAY && time <= LAST_DAY) return value;
  return Math.round(((time - EXCEL_EPOCH) / 86_400_000) * 1e6) / 1e6;
}
