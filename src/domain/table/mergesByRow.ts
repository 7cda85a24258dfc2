import type { MergedRange, SheetGrid } from "../grid";

/**
 * A sheet's merged ranges by the rows they cover, so that each cell is looked up among its own row's merges only.
 * @example mergesByRow({ name: "任务分解表", rows: [], merges: [{ top: 2, left: 0, bottom: 3, right: 0 }] }).get(3)
 * // [{ top: 2, left: 0, bottom: 3, right: 0 }]
 */
export function mergesByRow(grid: SheetGrid): Map<number, MergedRange[]> {
  const byRow = new Map<number, MergedRange[]>();
  for (const range of grid.merges ?? []) {
    for (let row = range.top; row <= range.bottom; row += 1) {
      const ranges = byRow.get(row);
      if (ranges) ranges.push(range);
      else byRow.set(row, [range]);
    }
  }
  return byRow;
}
