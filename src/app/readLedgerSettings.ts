import type { SheetGrid } from "../domain/grid";
import { isSettingsSheetName } from "../domain/settings/settingsFromSheet";
import { workbookSettings, type WorkbookSettings } from "../domain/settings/workbookSettings";
import type { WorkbookPort } from "../workbook/workbookPort";

/**
 * The settings in force, in their one order: saved with the workbook → the clerk's visible 设置 sheet →
 * `overrides` (the command line's --settings file, named by `overridesFile`). Uses the sheets already read when given.
 * @example const { settings, problems } = await readLedgerSettings(port, { sheets });
 */
export async function readLedgerSettings(
  port: WorkbookPort,
  options: { sheets?: readonly SheetGrid[]; overrides?: Record<string, unknown>; overridesFile?: string } = {},
): Promise<WorkbookSettings> {
  const saved = await port.readSettings();
  let settingsSheet: SheetGrid | null;
  if (options.sheets !== undefined) settingsSheet = options.sheets.find((grid) => isSettingsSheetName(grid.name)) ?? null;
  else {
    const name = (await port.listSheets()).find(isSettingsSheetName);
    settingsSheet = name !== undefined ? await port.readSheet(name) : null;
  }
  const overrides = options.overrides !== undefined ? { overrides: options.overrides, ...(options.overridesFile !== undefined ? { overridesFile: options.overridesFile } : {}) } : {};
  return workbookSettings(saved, settingsSheet, overrides);
}
