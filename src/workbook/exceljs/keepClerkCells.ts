import type { CellValue as ExcelValue } from "exceljs";
import type { SheetGrid } from "../../domain/grid";
import type { SheetLayout } from "../../domain/layout";
import { carriedClerkCells } from "../../domain/ledger/carriedClerkCells";
import type { CsvWorkbook } from "./csvWorkbook";
import { ExcelJsWorkbook } from "./excelJsWorkbook";

interface KeptCell {
  value: ExcelValue;
  numFmt: string | undefined;
}

/**
 * Keep what the grid cannot carry through a regeneration in a file: the formulas, dates and number formats in the
 * product's earlier ledgers (`ledgers`, read before anything is written). After the new ledger is written,
 * `restore(previous, ledgerName, layout)` puts each such cell of the clerk's own columns (added columns, 备注) back
 * where its row and column went (a formula's text as written). Plain text and numbers are carried by the layout.
 * @example const keep = keepClerkCells(workbook, ledgerGrids); await writeLedger(workbook, request); keep.restore("台账 2007-10", "台账 2007-11", layout);
 */
export function keepClerkCells(workbook: ExcelJsWorkbook | CsvWorkbook, ledgers: readonly SheetGrid[]): { restore(previous: string | null, ledgerName: string, layout: SheetLayout): void } {
  // A .csv task table has no ledger (nor any formula or date cell) to keep.
  if (!(workbook instanceof ExcelJsWorkbook)) return { restore: () => undefined };
  const kept = new Map<string, Map<string, KeptCell>>();
  for (const grid of ledgers) {
    const worksheet = workbook.workbook.getWorksheet(grid.name);
    if (worksheet === undefined) continue;
    const cells = new Map<string, KeptCell>();
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const value = cell.value;
        const formula = typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
        if (!formula && !(value instanceof Date)) return;
        cells.set(`${rowNumber - 1}:${colNumber - 1}`, { value: formula ? ({ formula: cell.formula, result: cell.result } as ExcelValue) : value, numFmt: cell.numFmt });
      });
    });
    if (cells.size > 0) kept.set(grid.name, cells);
  }
  return {
    restore(previous: string | null, ledgerName: string, layout: SheetLayout): void {
      const cells = previous === null ? undefined : kept.get(previous);
      const grid = ledgers.find((ledger) => ledger.name === previous);
      const target = workbook.workbook.getWorksheet(ledgerName);
      if (cells === undefined || grid === undefined || target === undefined) return;
      for (const carried of carriedClerkCells(grid, layout)) {
        const cell = cells.get(`${carried.from.row}:${carried.from.col}`);
        if (cell === undefined) continue;
        const written = target.getCell(carried.to.row + 1, carried.to.col + 1);
        written.value = cell.value;
        if (cell.numFmt !== undefined) written.numFmt = cell.numFmt;
      }
    },
  };
}
