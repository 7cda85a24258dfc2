import type { SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { matchLedgerRows } from "./matchLedgerRows";
import { readLedgerSheet, type LedgerSheetColumn } from "./readLedgerSheet";

/** A cell of the clerk's that regeneration carries: where it was in the earlier ledger, where it is in the new one. */
export interface CarriedCell {
  /** 0-based row and column in the earlier ledger sheet. */
  from: { row: number; col: number };
  /** 0-based row and column in the new ledger layout. */
  to: { row: number; col: number };
}

/**
 * The cells of the clerk's own columns (added columns and 备注) that a regenerated ledger carries over, each with
 * its place before and after — so that a file writer can carry what the grid cannot hold: a formula, a date with
 * its format. Rows are paired as the ledger pairs them (matchLedgerRows), columns by their header in order.
 * @example carriedClerkCells(previousGrid, ledgerLayout(evaluations, { asOf, previous: previousGrid }).layout)
 * // [{ from: { row: 5, col: 16 }, to: { row: 5, col: 17 } }, …]
 */
export function carriedClerkCells(previous: SheetGrid, next: SheetLayout): CarriedCell[] {
  const before = readLedgerSheet(previous);
  const after = readLedgerSheet({ name: next.name, rows: next.values });
  if (before === null || after === null) return [];
  const clerkColumns = (columns: LedgerSheetColumn[]): LedgerSheetColumn[] => columns.filter((column) => column.kind === "added" || column.role === "remark");
  const fromColumns = clerkColumns(before.columns);
  const toColumns = clerkColumns(after.columns);
  const pairs: { from: number; to: number }[] = [];
  const used = new Set<number>();
  for (const column of fromColumns) {
    const target = toColumns.find((candidate) => !used.has(candidate.col) && candidate.header === column.header && candidate.kind === column.kind);
    if (target === undefined) continue;
    used.add(target.col);
    pairs.push({ from: column.col, to: target.col });
  }
  if (pairs.length === 0) return [];
  const matches = matchLedgerRows(before.rows, after.rows);
  const carried: CarriedCell[] = [];
  matches.forEach((match, index) => {
    if (match === null) return;
    const fromRow = before.rows[match].row;
    const toRow = after.rows[index].row;
    for (const pair of pairs) carried.push({ from: { row: fromRow, col: pair.from }, to: { row: toRow, col: pair.to } });
  });
  return carried;
}
