import type { CellValue, SheetGrid } from "../../src/domain/grid";
import type { SheetLayout } from "../../src/domain/layout";
import { foreignSheetRefusal } from "../../src/domain/writing/foreignSheetRefusal";
import { mayReplaceSheet } from "../../src/domain/writing/mayReplaceSheet";
import { missingSheetRefusal } from "../../src/workbook/missingSheetRefusal";
import { PortRefusal } from "../../src/workbook/portRefusal";
import type { WorkbookPort } from "../../src/workbook/workbookPort";

/**
 * A WorkbookPort held in memory, for the use cases' tests: sheets as grids in tab order, written layouts kept as the
 * values a reader gives back ("" → null), the same replace guard and refusals as the real writers, and a count of
 * full reads (readAllSheets) so a test can see a step reads the workbook once.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: SheetGrid[];
  settings: Record<string, unknown> = {};
  selection: { sheet: string; address: string } | null = null;
  fullReads = 0;
  writes: string[] = [];

  constructor(sheets: SheetGrid[] = []) {
    this.sheets = sheets.map((grid) => ({ ...grid }));
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((grid) => grid.name);
  }

  async activeSheetName(): Promise<string | null> {
    return this.selection?.sheet ?? this.sheets[0]?.name ?? null;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const grid = this.sheets.find((sheet) => sheet.name === name);
    if (!grid) throw new PortRefusal(missingSheetRefusal(name));
    return grid;
  }

  async readAllSheets(): Promise<SheetGrid[]> {
    this.fullReads += 1;
    return [...this.sheets];
  }

  async writeSheet(layout: SheetLayout, options: { overwrite?: boolean } = {}): Promise<void> {
    const index = this.sheets.findIndex((sheet) => sheet.name === layout.name);
    if (index >= 0 && !(await mayReplaceSheet(layout.name, () => this.readSheet(layout.name), options))) throw new PortRefusal(foreignSheetRefusal(layout.name));
    const grid: SheetGrid = { name: layout.name, rows: layout.values.map((row) => row.map((value): CellValue => (value === "" ? null : value))), origin: { row: 0, col: 0 } };
    if (index >= 0) this.sheets[index] = grid;
    else this.sheets.push(grid);
    this.writes.push(layout.name);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.readSheet(sheet);
    this.selection = { sheet, address };
  }

  async readSettings(): Promise<Record<string, unknown>> {
    return { ...this.settings };
  }

  async writeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = { ...settings };
  }
}
