import type { SheetLayout } from "../layout";

/**
 * The rows and columns a layout covers, at least 1 × 1: its values, its style runs and its column widths — the
 * range both writers fill, so a styled empty cell (a bordered blank) is written too.
 * @example sheetExtent({ values: [["序号", "工作任务"]], styles: [], columnWidths: [6, 40, 12] }) // { rowCount: 1, colCount: 3 }
 */
export function sheetExtent(layout: Pick<SheetLayout, "values" | "styles" | "columnWidths">): { rowCount: number; colCount: number } {
  const rowCount = Math.max(
    layout.values.length,
    layout.styles.reduce((max, run) => Math.max(max, run.range.bottom + 1), 0),
    1,
  );
  const colCount = Math.max(
    layout.columnWidths.length,
    layout.values.reduce((max, row) => Math.max(max, row.length), 0),
    layout.styles.reduce((max, run) => Math.max(max, run.range.right + 1), 0),
    1,
  );
  return { rowCount, colCount };
}
