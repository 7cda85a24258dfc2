import { cellAddress, type SheetGrid } from "../grid";
import type { Problem } from "../problem";
import { isCellErrorValue } from "./isCellErrorValue";

/**
 * The sheets with every Excel error value (#REF!, #N/A, #DIV/0! …) read as an empty cell, and a `cell-error-value`
 * warning at each such cell: an error is never taken for a department (#N/A is not 省#N and A), a figure or a task.
 * Sheets without errors are returned as they are.
 * @example blankErrorValues([{ name: "任务表", rows: [["1", "#N/A"]] }]).problems[0] // { code: "cell-error-value", sheet: "任务表", cell: "B1", … }
 */
export function blankErrorValues(grids: readonly SheetGrid[]): { grids: SheetGrid[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const cleaned = grids.map((grid) => {
    let changed = false;
    const rows = grid.rows.map((row) => {
      if (!row.some(isCellErrorValue)) return row;
      changed = true;
      return row.map((value) => (isCellErrorValue(value) ? null : value));
    });
    if (!changed) return grid;
    rows.forEach((row, r) => {
      grid.rows[r].forEach((value, c) => {
        if (!isCellErrorValue(value) || row[c] !== null) return;
        const text = String(value).trim();
        problems.push({
          code: "cell-error-value",
          severity: "warning",
          ...(grid.file !== undefined ? { file: grid.file } : {}),
          sheet: grid.name,
          cell: cellAddress(grid, r, c),
          message: `单元格显示错误值 ${text}（公式出错），已按空白处理，不作为单位、数值或任务。请修正该公式，或改填文字。`,
          messageEn: `The cell shows the error value ${text} (a failed formula); it is read as empty, never as a department, a figure or a task. Fix the formula, or type the text.`,
        });
      });
    });
    return { ...grid, rows };
  });
  return { grids: cleaned, problems };
}
