import type { SheetGrid } from "../grid";
import { normalizeName } from "../text/normalizeName";
import { cellText } from "../text/cellText";

/** Names of a visible settings sheet a clerk may keep in the workbook (设置 / 参数设置 / 台账设置). */
export const SETTINGS_SHEET_NAMES = ["设置", "参数设置", "台账设置", "Settings"];

/**
 * Whether a sheet is the clerk's visible settings sheet.
 * @example isSettingsSheetName("参数设置") // true
 */
export function isSettingsSheetName(name: string): boolean {
  return SETTINGS_SHEET_NAMES.some((candidate) => normalizeName(candidate).toLowerCase() === normalizeName(name).toLowerCase());
}

/**
 * The settings written in a visible sheet as two columns — a name (the Chinese label or the English key) and a
 * value — one a row. A header row such as 设置项 | 值 is skipped; parseSettings then validates the names and
 * values (an unknown name or a bad value is reported and the default kept).
 * @example settingsFromSheet({ name: "设置", rows: [["设置项", "值"], ["严重滞后差距（百分点）", 20]] }) // { "严重滞后差距（百分点）": 20 }
 */
export function settingsFromSheet(grid: SheetGrid): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const row of grid.rows) {
    const name = cellText(row[0] ?? null);
    const value = row[1];
    if (name === "" || value === null || value === undefined || cellText(value) === "") continue;
    if (/^(设置项|项目|名称|参数|setting|name)$/i.test(normalizeName(name))) continue;
    settings[name] = typeof value === "number" ? value : cellText(value);
  }
  return settings;
}
