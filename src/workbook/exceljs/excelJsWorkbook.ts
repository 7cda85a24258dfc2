import type { Workbook } from "exceljs";
import type { SheetGrid } from "../../domain/grid";
import type { SheetLayout } from "../../domain/layout";
import type { WorkbookPort } from "../workbookPort";
import { readWorksheetGrid } from "./readWorksheetGrid";
import { writeSheetLayout } from "./writeSheetLayout";
import { addCompletionDataBars } from "./addCompletionDataBars";
import { foreignSheetRefusal } from "../../domain/writing/foreignSheetRefusal";
import { mayReplaceSheet } from "../../domain/writing/mayReplaceSheet";
import { missingSheetRefusal } from "../missingSheetRefusal";
import { PortRefusal } from "../portRefusal";
import type { UnsupportedPart } from "./findUnsupportedParts";

/** Name of the very hidden sheet that keeps the add-in's settings inside a file. */
export const SETTINGS_SHEET = "_督查台账设置";

/**
 * A WorkbookPort over an ExcelJS workbook held in memory: used by the command line and the standalone page.
 * Reads are cached per sheet; writes replace the named sheet; `toBytes()` gives the .xlsx to save or download.
 */
export class ExcelJsWorkbook implements WorkbookPort {
  private readonly grids = new Map<string, SheetGrid>();
  /** The cell last selected with selectCell (files have no live selection to show). */
  selection: { sheet: string; address: string } | null = null;
  /** What the opened file holds that a copy written from this workbook would lose (see findUnsupportedParts). */
  unsupportedParts: UnsupportedPart[] = [];

  constructor(
    readonly workbook: Workbook,
    readonly fileName: string,
  ) {}

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.filter((sheet) => sheet.state === "visible" || sheet.state === undefined).map((sheet) => sheet.name);
  }

  async activeSheetName(): Promise<string | null> {
    const sheets = await this.listSheets();
    const activeTab = this.workbook.views?.[0]?.activeTab;
    const active = typeof activeTab === "number" ? this.workbook.worksheets[activeTab]?.name : undefined;
    return active && sheets.includes(active) ? active : (sheets[0] ?? null);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const cached = this.grids.get(name);
    if (cached) return cached;
    const worksheet = this.workbook.getWorksheet(name);
    if (!worksheet) throw new PortRefusal(missingSheetRefusal(name, this.fileName));
    const grid = readWorksheetGrid(worksheet, this.fileName);
    this.grids.set(name, grid);
    return grid;
  }

  /** Every visible sheet as a grid, in tab order. */
  async readAllSheets(): Promise<SheetGrid[]> {
    const names = await this.listSheets();
    return Promise.all(names.map((name) => this.readSheet(name)));
  }

  async writeSheet(layout: SheetLayout, options: { overwrite?: boolean } = {}): Promise<void> {
    const existing = this.workbook.getWorksheet(layout.name);
    if (existing && !(await mayReplaceSheet(layout.name, () => this.readSheet(layout.name), options))) throw new PortRefusal(foreignSheetRefusal(layout.name));
    if (existing) this.workbook.removeWorksheet(existing.id);
    const worksheet = this.workbook.addWorksheet(layout.name);
    writeSheetLayout(worksheet, layout);
    addCompletionDataBars(worksheet, layout);
    this.grids.delete(layout.name);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const worksheet = this.workbook.getWorksheet(sheet);
    if (!worksheet) throw new PortRefusal(missingSheetRefusal(sheet, this.fileName));
    this.selection = { sheet, address };
    const index = this.workbook.worksheets.indexOf(worksheet);
    const firstView = this.workbook.views?.[0];
    this.workbook.views = [{ ...(firstView ?? { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible" }), activeTab: index }];
    const sheetView = worksheet.views?.[0] ?? {};
    worksheet.views = [{ ...sheetView, activeCell: address }];
  }

  async readSettings(): Promise<Record<string, unknown>> {
    const worksheet = this.workbook.getWorksheet(SETTINGS_SHEET);
    const settings: Record<string, unknown> = {};
    if (!worksheet) return settings;
    worksheet.eachRow((row) => {
      const key = row.getCell(1).value;
      const raw = row.getCell(2).value;
      if (typeof key !== "string" || typeof raw !== "string") return;
      try {
        settings[key] = JSON.parse(raw);
      } catch {
        settings[key] = raw;
      }
    });
    return settings;
  }

  async writeSettings(settings: Record<string, unknown>): Promise<void> {
    const existing = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (existing) this.workbook.removeWorksheet(existing.id);
    const worksheet = this.workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const [key, value] of Object.entries(settings)) worksheet.addRow([key, JSON.stringify(value)]);
  }

  /**
   * The workbook as .xlsx bytes (the input file itself is never overwritten by the product). `stored`: its parts
   * left uncompressed, for a caller that compresses them faster itself (the command line: deflateStoredZip).
   */
  async toBytes(options: { stored?: boolean } = {}): Promise<Uint8Array> {
    const buffer = await this.workbook.xlsx.writeBuffer(options.stored === true ? { zip: { compression: "STORE" } } : undefined);
    // Node gives a Buffer (a Uint8Array: no copy needed), a browser an ArrayBuffer.
    const bytes: unknown = buffer;
    return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayBuffer);
  }
}
