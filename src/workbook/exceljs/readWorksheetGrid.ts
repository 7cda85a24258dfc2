import type { Worksheet } from "exceljs";
import type { CellValue, MergedRange, SheetGrid } from "../../domain/grid";
import { parseCellAddress } from "../../domain/grid";
import { excelCellValue } from "./excelCellValue";

/**
 * Read an ExcelJS worksheet's used cells as a grid anchored at A1 (origin 0,0), with its merges.
 * Trailing empty rows are dropped; each row is as long as its last non-empty cell.
 * @example readWorksheetGrid(workbook.getWorksheet("分工方案")!, "sample.xlsx").rows[2][1] // "工作任务"
 */
export function readWorksheetGrid(worksheet: Worksheet, file?: string): SheetGrid {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Only the master cell of a merge keeps the value; ExcelJS repeats it in the slaves.
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const value = excelCellValue(cell.value);
      if (value === null || value === "") return;
      while (values.length < colNumber - 1) values.push(null);
      values[colNumber - 1] = value;
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });
  return { name: worksheet.name, rows, merges: worksheetMerges(worksheet), origin: { row: 0, col: 0 }, file };
}

function worksheetMerges(worksheet: Worksheet): MergedRange[] {
  const merges: MergedRange[] = [];
  const internal = (worksheet as unknown as { _merges?: Record<string, { range?: string; model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (!internal) return merges;
  for (const [, merge] of Object.entries(internal)) {
    const model = merge.model;
    if (model) {
      merges.push({ top: model.top - 1, left: model.left - 1, bottom: model.bottom - 1, right: model.right - 1 });
      continue;
    }
    const [from, to] = String(merge.range ?? "").split(":");
    const start = parseCellAddress(from ?? "");
    const end = parseCellAddress(to ?? "");
    if (start && end) merges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  return merges;
}
