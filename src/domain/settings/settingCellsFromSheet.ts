import { cellAddress, type SheetGrid } from "../grid";
import { cellText } from "../text/cellText";

/**
 * Where each setting of a visible 设置 sheet stands: its name (as written in column A) → the A1 address of its value
 * (column B), so that a bad value is a problem at its cell. The last row of a name wins, as in settingsFromSheet.
 * @example settingCellsFromSheet({ name: "设置", rows: [["设置项", "值"], ["反馈时限（天）", 0]] }) // { "反馈时限（天）": "B2" }
 */
export function settingCellsFromSheet(grid: SheetGrid): Record<string, string> {
  const cells: Record<string, string> = {};
  grid.rows.forEach((row, index) => {
    const name = cellText(row[0] ?? null);
    if (name !== "") cells[name] = cellAddress(grid, index, 1);
  });
  return cells;
}
