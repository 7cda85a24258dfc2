import type { CellValue, SheetGrid } from "../../domain/grid";
import type { SheetLayout } from "../../domain/layout";
import { missingSheetRefusal } from "../missingSheetRefusal";
import { PortRefusal } from "../portRefusal";
import type { WorkbookPort } from "../workbookPort";
import { ExcelJsWorkbook } from "./excelJsWorkbook";
import type { UnsupportedPart } from "./findUnsupportedParts";
import { loadExcelJs } from "./loadExcelJs";

/**
 * A .csv file as a workbook of one sheet. Reading it needs no spreadsheet library: `check` on a .csv never loads
 * ExcelJS. The first write (a ledger, settings, a selection) or `toBytes()` turns it into an ExcelJsWorkbook holding
 * the same rows, and everything after goes there. Its grid is the one ExcelJS would read from those rows: empty cells
 * null, rows as long as their last value, anchored at A1.
 * @example const workbook = new CsvWorkbook(parseCsv(text), "进展.csv", "进展"); await workbook.readSheet("进展")
 */
export class CsvWorkbook implements WorkbookPort {
  private readonly grid: SheetGrid;
  private excel: Promise<ExcelJsWorkbook> | null = null;
  private loaded: ExcelJsWorkbook | null = null;
  /** A .csv holds no parts a copy could lose (charts, pivot tables …): always empty. */
  readonly unsupportedParts: readonly UnsupportedPart[] = [];

  constructor(
    private readonly csvRows: readonly string[][],
    readonly fileName: string,
    sheetName: string,
  ) {
    const rows: CellValue[][] = [];
    csvRows.forEach((row, index) => {
      // As ExcelJS reads a row of empty strings: there, but with no values.
      if (row.length === 0) return;
      const last = row.reduce((end, value, col) => (value === "" ? end : col + 1), 0);
      while (rows.length < index) rows.push([]);
      rows.push(row.slice(0, last).map((value) => (value === "" ? null : value)));
    });
    this.grid = { name: sheetName, rows, merges: [], origin: { row: 0, col: 0 }, file: fileName };
  }

  /** The cell last selected (files have no live selection to show). */
  get selection(): { sheet: string; address: string } | null {
    return this.loaded?.selection ?? null;
  }

  async listSheets(): Promise<string[]> {
    return this.loaded ? this.loaded.listSheets() : [this.grid.name];
  }

  async activeSheetName(): Promise<string | null> {
    return this.loaded ? this.loaded.activeSheetName() : this.grid.name;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    if (this.loaded) return this.loaded.readSheet(name);
    if (name !== this.grid.name) throw new PortRefusal(missingSheetRefusal(name, this.fileName));
    return this.grid;
  }

  async readAllSheets(): Promise<SheetGrid[]> {
    return this.loaded ? this.loaded.readAllSheets() : [this.grid];
  }

  async readSettings(): Promise<Record<string, unknown>> {
    return this.loaded ? this.loaded.readSettings() : {};
  }

  async writeSheet(layout: SheetLayout, options?: { overwrite?: boolean }): Promise<void> {
    return (await this.asExcel()).writeSheet(layout, options);
  }

  async writeSettings(settings: Record<string, unknown>): Promise<void> {
    return (await this.asExcel()).writeSettings(settings);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    return (await this.asExcel()).selectCell(sheet, address);
  }

  /** The workbook as .xlsx bytes: the csv's sheet and whatever was written. */
  async toBytes(options: { stored?: boolean } = {}): Promise<Uint8Array> {
    return (await this.asExcel()).toBytes(options);
  }

  private asExcel(): Promise<ExcelJsWorkbook> {
    this.excel ??= loadExcelJs().then((ExcelJS) => {
      const workbook = new ExcelJS.Workbook();
      const worksheet = workbook.addWorksheet(this.grid.name);
      for (const row of this.csvRows) worksheet.addRow(row);
      this.loaded = new ExcelJsWorkbook(workbook, this.fileName);
      return this.loaded;
    });
    return this.excel;
  }
}
