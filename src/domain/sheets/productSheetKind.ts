import type { SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import { readLedgerSheet } from "../ledger/readLedgerSheet";

/** Header cells of the records the product keeps (报送记录, 督办登记, 对应记录). */
const REGISTER_MARKERS = [
  ["报送单位", "内容核对码（SHA-256）"],
  ["督办编号", "反馈时限"],
  ["进展表中的任务", "对应任务序号"],
];

const SUMMARY_MARKERS = [
  ["任务数", "达序率"],
  ["Tasks", "Share on schedule"],
];

/**
 * Whether a sheet is one the product wrote and may replace: a ledger (its header and hidden 核对码
 * column), a circular summary (任务数 and 达序率 in one row) or a record it keeps (报送记录, 督办登记, 对应记录 by their headers). Anything else — a task table, a
 * department's progress sheet, the clerk's own sheet — is null and is never overwritten.
 * @example productSheetKind(readBack("台账 2009-10")) // "ledger"
 * @example productSheetKind(readBack("分工方案")) // null
 */
export function productSheetKind(grid: SheetGrid): ProductSheetKind {
  // A grid is read once and never changed: its kind is worked out once, however many steps ask (kept while the grid lives).
  let kind = KINDS.get(grid);
  if (kind === undefined) KINDS.set(grid, (kind = readKind(grid)));
  return kind;
}

type ProductSheetKind = "ledger" | "summary" | "register" | null;

const KINDS = new WeakMap<SheetGrid, ProductSheetKind>();

function readKind(grid: SheetGrid): ProductSheetKind {
  const ledger = readLedgerSheet(grid);
  if (ledger && ledger.columns.some((column) => column.role === "checkCode")) return "ledger";
  for (let row = 0; row < Math.min(grid.rows.length, 40); row++) {
    const texts = (grid.rows[row] ?? []).map((value) => cellText(value));
    if (SUMMARY_MARKERS.some((markers) => markers.every((marker) => texts.includes(marker)))) return "summary";
    if (REGISTER_MARKERS.some((markers) => markers.every((marker) => texts.includes(marker)))) return "register";
  }
  return null;
}
