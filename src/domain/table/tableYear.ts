import type { SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import { toHalfWidth } from "../text/toHalfWidth";

const YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * The year a task table is for, to date deadlines written without one (12月底前, 年底): the year in a title row
 * above the header (“2011年重点工作任务分解表”), else in the sheet's name, else the year most deadline cells give.
 * @example tableYear(grid, 1, 4) // 2011 for a grid titled 2011年重点工作任务分解表
 */
export function tableYear(grid: SheetGrid, firstHeaderRow: number, deadlineColumn: number | undefined): number | undefined {
  for (const row of grid.rows.slice(0, Math.max(0, firstHeaderRow))) {
    for (const value of row) {
      const match = YEAR.exec(toHalfWidth(cellText(value)));
      if (match) return Number(match[1]);
    }
  }
  const fromName = YEAR.exec(toHalfWidth(grid.name));
  if (fromName) return Number(fromName[1]);
  if (deadlineColumn === undefined) return undefined;
  const counts = new Map<number, number>();
  for (const row of grid.rows.slice(firstHeaderRow + 1)) {
    const value = row[deadlineColumn];
    const year =
      value instanceof Date ? value.getUTCFullYear() : Number(/((?:19|20)\d{2})\s*[年\-/.]/.exec(toHalfWidth(cellText(value)))?.[1] ?? NaN);
    if (Number.isFinite(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = year;
  return best;
}
