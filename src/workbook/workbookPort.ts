/**
 * What the application layer (src/app) needs from a workbook. Two implementations: Office.js (inside Excel)
 * and ExcelJS (files: command line and standalone browser page). Expected refusals reject with a PortRefusal
 * (code, Chinese, English).
 */
import type { SheetGrid } from "../domain/grid";
import type { SheetLayout } from "../domain/layout";

export interface WorkbookPort {
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** Name of the active sheet, or null when the workbook has no notion of one (files: the first sheet). */
  activeSheetName(): Promise<string | null>;
  /** Read a sheet's used range as a grid (values, merges, origin); a PortRefusal "missing-sheet" when there is none. */
  readSheet(name: string): Promise<SheetGrid>;
  /** Every visible sheet as a grid, in tab order. */
  readAllSheets(): Promise<SheetGrid[]>;
  /**
   * Create or replace a sheet laid out as described. An existing sheet that the product did not write
   * (a task table, a progress sheet, the clerk's own) is never replaced unless `overwrite` is true — which the
   * pane passes only after the clerk confirmed; otherwise the call rejects with a PortRefusal "foreign-sheet"
   * (mayReplaceSheet, foreignSheetRefusal).
   */
  writeSheet(layout: SheetLayout, options?: { overwrite?: boolean }): Promise<void>;
  /** Select (and show) a cell, e.g. when the clerk clicks a problem. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Settings saved with the workbook (Office document settings; a hidden sheet in files). */
  readSettings(): Promise<Record<string, unknown>>;
  writeSettings(settings: Record<string, unknown>): Promise<void>;
}
