import type { SheetGrid } from "../grid";
import { cellAddress } from "../grid";
import { canonicalCellText } from "./canonicalCellText";
import { cellFingerprint } from "./cellFingerprint";
import { generatedRoles, type GeneratedRole } from "./generatedRoles";
import type { LedgerSheet, LedgerSheetColumn } from "./readLedgerSheet";
import { readLedgerSheet } from "./readLedgerSheet";
import type { LedgerLayoutResult } from "./ledgerLayout";
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
 * Rows are paired as the ledger layout paired them (its row matches, at the configured title threshold), so the
 * edits concern exactly the rows whose cells the new ledger carries over or replaces.
 * The pane asks before overwriting these; the command line needs --force.
 * @example detectLedgerEdits(previousGrid, ledgerLayout(evaluations, { asOf, previous: previousGrid }))
 * // [{ sheet: "台账 2009-10", cell: "K5", header: "完成值", taskId: "3", previous: "130", next: "126.6", … }]
 */
export function detectLedgerEdits(previous: SheetGrid, next: Pick<LedgerLayoutResult, "layout" | "rowMatches">): LedgerEdit[] {
  const { layout, rowMatches } = next;
  if (previous.name !== layout.name) return [];
  const before = readLedgerSheet(previous);
  const after = readLedgerSheet({ name: layout.name, rows: layout.values.slice(0, 2) });
  if (!before || !after) return [];
  const edits: LedgerEdit[] = [];
  rowMatches.forEach((match, task) => {
    const row = match === null ? undefined : before.rows[match];
    const check = row ? parseLedgerCheckCode(row.checkCode) : null;
    if (!row || !check) return;
    const nextCells = layout.values[LEDGER_FIRST_TASK_ROW + task] ?? [];
    for (const role of generatedRoles()) {
      const beforeColumn = findColumn(before, role, check.asOf);
      if (!beforeColumn) continue;
      const value = row.cells[beforeColumn.col];
      if (cellFingerprint(value) === check.fingerprints[role]) continue;
      const afterColumn = findColumn(after, role, check.asOf);
      if (!afterColumn) continue;
      const previousText = canonicalCellText(value);
      const nextText = canonicalCellText(nextCells[afterColumn.col]);
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

/** The layout row of the first task: below the title row and the header row. */
const LEDGER_FIRST_TASK_ROW = 2;

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
