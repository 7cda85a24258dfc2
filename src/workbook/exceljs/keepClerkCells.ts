import type { CellValue as ExcelValue } from "exceljs";
import { carriedClerkCells } from "../../domain/ledger/carriedClerkCells";
import type { SheetGrid } from "../../domain/grid";
import type { SheetLayout } from "../../domain/layout";
import type { ExcelJsWorkbook } from "./excelJsWorkbook";

interface KeptCell {
  row: number;
  col: number;
  value: ExcelValue;
  numFmt: string | undefined;
}

/**
 * Keep what the grid cannot carry through a regeneration in a file: the formulas, dates and number formats of the
 * clerk's own ledger columns (added columns, 备注). Call it before the earlier ledger is replaced; after the new
 * ledger is written, `restore(layout)` puts each such cell back where its row and column went (a formula's text is
 * kept as written). Cells holding plain text or numbers are carried by the layout already.
 * @example const keep = keepClerkCells(workbook, previousGrid, "台账 2007-11"); await workbook.writeSheet(layout); keep.restore(layout);
 */
export function keepClerkCells(workbook: ExcelJsWorkbook, previous: SheetGrid | null, ledgerName: string): { restore(layout: SheetLayout): void } {
  const worksheet = previous === null ? undefined : workbook.workbook.getWorksheet(previous.name);
  if (previous === null || worksheet === undefined) return { restore: () => undefined };
  const kept: KeptCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cell.value;
      const formula = typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
      if (!formula && !(value instanceof Date)) return;
      const stored: ExcelValue = formula ? ({ formula: cell.formula, result: cell.result } as ExcelValue) : value;
      kept.push({ row: rowNumber - 1, col: colNumber - 1, value: stored, numFmt: cell.numFmt });
    });
  });
  return {
    restore(layout: SheetLayout): void {
      if (kept.length === 0) return;
      const target = workbook.workbook.getWorksheet(ledgerName);
      if (target === undefined) return;
      const byPlace = new Map(kept.map((cell) => [`${cell.row}:${cell.col}`, cell]));
      for (const carried of carriedClerkCells(previous, layout)) {
        const cell = byPlace.get(`${carried.from.row}:${carried.from.col}`);
        if (cell === undefined) continue;
        const written = target.getCell(carried.to.row + 1, carried.to.col + 1);
        written.value = cell.value;
        if (cell.numFmt !== undefined) written.numFmt = cell.numFmt;
      }
    },
  };
}
