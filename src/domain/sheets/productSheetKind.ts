import type { SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import { readLedgerSheet } from "../ledger/readLedgerSheet";

const SUMMARY_MARKERS = [
  ["任务数", "达序率"],
  ["Tasks", "Share on schedule"],
];

/**
 * Whether a sheet is one the product wrote and may replace: a ledger (its header and hidden 核对码
 * column) or a circular summary (任务数 and 达序率 in one row). Anything else — a task table, a
 * department's progress sheet, the clerk's own sheet — is null and is never overwritten.
 * @example productSheetKind(readBack("台账 2009-10")) // "ledger"
 * @example productSheetKind(readBack("分工方案")) // null
 */
export function productSheetKind(grid: SheetGrid): "ledger" | "summary" | null {
  const ledger = readLedgerSheet(grid);
  if (ledger && ledger.columns.some((column) => column.role === "checkCode")) return "ledger";
  for (const row of grid.rows.slice(0, 40)) {
    const texts = new Set(row.map((value) => cellText(value)));
    if (SUMMARY_MARKERS.some((markers) => markers.every((marker) => texts.has(marker)))) return "summary";
  }
  return null;
}
