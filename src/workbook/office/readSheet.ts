import type { CellValue, SheetGrid } from "../../domain/grid";
import { isDateFormat } from "./isDateFormat";
import { parseRangeAreasAddress } from "./parseRangeAreasAddress";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Read a worksheet's used range (values only) as a grid: values, merges and origin, with one
 * `context.sync()` whatever the number of rows. Numbers shown as dates become Dates (UTC), empty
 * cells null. Merges are relative to the grid, as SheetGrid wants.
 * @example await Excel.run((context) => readSheet(context, "分工方案")) // { name: "分工方案", rows: [...], merges: [...], origin: { row: 0, col: 0 } }
 */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<SheetGrid> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,numberFormat,rowIndex,columnIndex");
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  await context.sync();
  if (used.isNullObject) return { name, rows: [], merges: [], origin: { row: 0, col: 0 } };
  const origin = { row: used.rowIndex, col: used.columnIndex };
  const formats = used.numberFormat as unknown[][];
  const rows = (used.values as unknown[][]).map((line, r) => line.map((value, c) => gridValue(value, String(formats?.[r]?.[c] ?? ""))));
  const merges = merged.isNullObject
    ? []
    : parseRangeAreasAddress(merged.address).map((range) => ({
        top: range.top - origin.row,
        left: range.left - origin.col,
        bottom: range.bottom - origin.row,
        right: range.right - origin.col,
      }));
  return { name, rows, merges, origin };
}

function gridValue(value: unknown, format: string): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return isDateFormat(format) ? new Date(EXCEL_EPOCH + Math.round(value * DAY_MS)) : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
