import type { SheetGrid } from "../grid";
import { cellAddress } from "../grid";
import type { SheetLayout } from "../layout";
import { canonicalCellText } from "./canonicalCellText";
import { cellFingerprint } from "./cellFingerprint";
import { generatedRoles, type GeneratedRole } from "./generatedRoles";
import type { LedgerSheet, LedgerSheetColumn } from "./readLedgerSheet";
import { readLedgerSheet } from "./readLedgerSheet";
import { matchLedgerRows } from "./matchLedgerRows";
import { parseLedgerCheckCode } from "./parseLedgerCheckCode";
import { progressHeaderOrder } from "./progressHeaderOrder";
import { progressColumnHeader } from "./progressColumnHeader";

/** A generated cell the clerk changed by hand, which writing the new ledger would overwrite. */
export interface LedgerEdit {
  sheet: string;
  /** A1 address of the cell in the existing sheet. */
  cell: string;
  header: string;
  taskId: string;
  title: string;
  /** What the clerk left in the cell. */
  previous: string;
  /** What the new ledger would write there ("" for an empty cell). */
  next: string;
}

/**
 * The cells of an existing ledger that the clerk changed by hand — other than 备注, earlier periods'
 * progress and added columns, which regeneration keeps — and that writing `next` would overwrite.
 * A cell counts as changed when its fingerprint no longer matches the row's hidden check code; it is
 * listed only if the new value differs. Only a sheet that `next` replaces (same name) can lose edits:
 * a new period's ledger is written beside the old one, so the list is then empty. Rows without a
 * check code (added by hand, or ledgers from before check codes) cannot be checked.
 * The pane asks before overwriting these; the command line needs --force.
 * @example detectLedgerEdits(previousGrid, ledgerLayout(evaluations, { asOf, previous: previousGrid }).layout)
 * // [{ sheet: "台账 2009-10", cell: "K5", header: "完成值", taskId: "3", previous: "130", next: "126.6", … }]
 */
export function detectLedgerEdits(previous: SheetGrid, next: SheetLayout): LedgerEdit[] {
  if (previous.name !== next.name) return [];
  const before = readLedgerSheet(previous);
  const after = readLedgerSheet({ name: next.name, rows: next.values });
  if (!before || !after) return [];
  const matches = matchLedgerRows(after.rows, before.rows);
  const edits: LedgerEdit[] = [];
  before.rows.forEach((row, index) => {
    const check = parseLedgerCheckCode(row.checkCode);
    const match = matches[index];
    if (!check || match === null) return;
    const nextRow = after.rows[match];
    for (const role of generatedRoles()) {
      const beforeColumn = findColumn(before, role, check.asOf);
      if (!beforeColumn) continue;
      const value = row.cells[beforeColumn.col];
      if (cellFingerprint(value) === check.fingerprints[role]) continue;
      const afterColumn = findColumn(after, role, check.asOf);
      if (!afterColumn) continue;
      const previousText = canonicalCellText(value);
      const nextText = canonicalCellText(nextRow.cells[afterColumn.col]);
      if (previousText === nextText) continue;
      edits.push({
        sheet: previous.name,
        cell: cellAddress(previous, row.row, beforeColumn.col),
        header: beforeColumn.header,
        taskId: row.id,
        title: row.title,
        previous: previousText,
        next: nextText,
      });
    }
  });
  return edits;
}

function progressOrderOf(asOf: string): number {
  return progressHeaderOrder(progressColumnHeader(asOf)) ?? 0;
}

function findProgress(sheet: LedgerSheet, order: number): LedgerSheetColumn | undefined {
  return sheet.columns.find((column) => column.kind === "progress" && column.progressOrder === order);
}

function findColumn(sheet: LedgerSheet, role: GeneratedRole, asOf: string): LedgerSheetColumn | undefined {
  if (role === "progress") return findProgress(sheet, progressOrderOf(asOf));
  return sheet.columns.find((column) => column.role === role);
}
