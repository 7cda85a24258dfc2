/*
 * The floor the benchmark compares `build` with: what ExcelJS alone must do for the same job. Read every cell of
 * the same files, then add the same rows to the task workbook — the ledger, the summary, the 报送记录 and the 报送明细,
 * every sheet `build` writes — with the same styles (one shared style object per distinct style, ExcelJS's fastest
 * way), the same column widths and merges, and write the file.
 * The rows and styles are prepared beforehand (prepareFloorSheets), outside the timed part.
 */
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { SheetLayout } from "../src/domain/layout";
import { writeSheetLayout } from "../src/workbook/exceljs/writeSheetLayout";

export interface FloorSheet {
  name: string;
  widths: (number | undefined)[];
  merges: string[];
  /** Rows of [column, value, shared style] (1-based rows and columns, as ExcelJS counts). */
  rows: { row: number; cells: [number, ExcelJS.CellValue, Partial<ExcelJS.Style>][] }[];
}

/**
 * The sheets `build` writes, as plain ExcelJS cells with shared styles: the values and styles our writer produces,
 * taken from a throwaway worksheet it wrote.
 * @example prepareFloorSheets([ledger.layout, summary])[0].rows.length // the ledger's rows
 */
export function prepareFloorSheets(layouts: SheetLayout[]): FloorSheet[] {
  const scratch = new ExcelJS.Workbook();
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  return layouts.map((layout) => {
    const worksheet = scratch.addWorksheet(layout.name);
    writeSheetLayout(worksheet, layout);
    const rows: FloorSheet["rows"] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: [number, ExcelJS.CellValue, Partial<ExcelJS.Style>][] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (cell.isMerged && cell.master !== cell) return;
        const key = JSON.stringify(cell.style);
        let style = styles.get(key);
        if (!style) styles.set(key, (style = JSON.parse(key) as Partial<ExcelJS.Style>));
        cells.push([col, cell.value, style]);
      });
      rows.push({ row: rowNumber, cells });
    });
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    return { name: layout.name, widths: layout.columnWidths, merges, rows };
  });
}

/**
 * Load every file with ExcelJS and visit each cell, add the prepared sheets to the first file's workbook, write it
 * to `outPath`. Returns the cells visited.
 * @example await floorBuild(["任务分解表.xlsx", "progress/01-省经委.xlsx"], prepareFloorSheets(layouts), "floor.xlsx")
 */
export async function floorBuild(paths: string[], sheets: FloorSheet[], outPath: string): Promise<number> {
  let cells = 0;
  let first: ExcelJS.Workbook | null = null;
  for (const path of paths) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.value !== null) cells++;
        });
      });
    }
    first ??= workbook;
  }
  if (!first) return cells;
  for (const sheet of sheets) {
    const worksheet = first.addWorksheet(sheet.name);
    sheet.widths.forEach((width, col) => {
      if (width !== undefined) worksheet.getColumn(col + 1).width = width;
    });
    for (const { row, cells: rowCells } of sheet.rows) {
      const excelRow = worksheet.getRow(row);
      for (const [col, value, style] of rowCells) {
        const cell = excelRow.getCell(col);
        cell.value = value;
        cell.style = style;
      }
    }
    for (const range of sheet.merges) worksheet.mergeCells(range);
  }
  await writeFile(outPath, new Uint8Array(await first.xlsx.writeBuffer()));
  return cells;
}
