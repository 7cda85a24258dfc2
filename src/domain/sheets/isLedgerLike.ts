import type { SheetGrid } from "../grid";
import { productSheetKind } from "./productSheetKind";
import { readLedgerSheet } from "../ledger/readLedgerSheet";

/**
 * Whether a sheet is a ledger or summary this product wrote, even after the clerk edited it so far that its
 * hidden check codes are gone: it then still has the ledger's header (序号 / 工作任务 / 状态). Such a sheet is
 * never read as a departmental progress sheet, is the `previous` ledger of a regeneration, and may be replaced.
 * @example isLedgerLike(readBack("台账 2007-10")) // true, also with its 核对码 column overwritten
 * @example isLedgerLike(readBack("省经委进展")) // false
 */
export function isLedgerLike(grid: SheetGrid): boolean {
  // A grid is read once and never changed: asked by several steps (check, import, write), it is looked at once.
  let ledgerLike = LEDGER_LIKE.get(grid);
  if (ledgerLike === undefined) LEDGER_LIKE.set(grid, (ledgerLike = productSheetKind(grid) !== null || readLedgerSheet(grid) !== null));
  return ledgerLike;
}

const LEDGER_LIKE = new WeakMap<SheetGrid, boolean>();
