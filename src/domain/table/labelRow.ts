import type { SheetGrid } from "../grid";
import type { ColumnMap } from "../task";
import { cellText } from "../text/cellText";
import { toHalfWidth } from "../text/toHalfWidth";

/**
 * Where the header is when only the clerk's columns are known: the first row whose mapped cells (two or more)
 * are all short labels — no numbers, dates or department lists; -1 when none (tasks start at the top).
 * @example labelRow(grid, { title: 1, responsible: 2 }) // 0 when row 1 holds 工作任务 | 责任单位
 */
export function labelRow(grid: SheetGrid, columns: ColumnMap): number {
  const mapped = Object.values(columns).filter((col): col is number => col !== undefined);
  for (let row = 0; row < Math.min(grid.rows.length - 1, 40); row += 1) {
    const values = mapped.map((col) => grid.rows[row]?.[col]).filter((value) => cellText(value) !== "");
    if (values.length < 2) continue;
    const labels = values.every((value) => {
      const label = toHalfWidth(cellText(value)).replace(/\s+/g, "");
      return typeof value === "string" && label.length <= 16 && !/^[0-9.]+$/.test(label) && !/[、，,。；]/.test(label);
    });
    const id = columns.id !== undefined ? toHalfWidth(cellText(grid.rows[row]?.[columns.id])) : "";
    if (labels && !/^[0-9.]+$/.test(id)) return row;
    return -1;
  }
  return -1;
}

