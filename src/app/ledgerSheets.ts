import type { LedgerSettings, TaskEvaluation } from "../domain/evaluation";
import type { SheetGrid } from "../domain/grid";
import type { SheetLayout } from "../domain/layout";
import { summaryLayout } from "../domain/summary/summaryLayout";
import { detectLedgerEdits, type LedgerEdit } from "../domain/ledger/detectLedgerEdits";
import { isLedgerLike } from "../domain/sheets/isLedgerLike";
import { ledgerLayout } from "../domain/ledger/ledgerLayout";
import { previousLedgerName } from "../domain/ledger/previousLedgerName";
import { productSheetKind } from "../domain/sheets/productSheetKind";
import type { Language } from "../domain/language";
import { printFinish } from "../domain/writing/printFinish";

export interface LedgerSheets {
  ledger: ReturnType<typeof ledgerLayout>;
  summary: SheetLayout;
  /** The earlier ledger carried over (this period's own, else the latest earlier one), or null. */
  previousSheet: string | null;
  /** Cells of this period's ledger the clerk changed by hand that writing would overwrite (ask / --force). */
  edits: LedgerEdit[];
}

/**
 * The two sheets to write for a period — the ledger (carrying over the earlier ledger's notes, clerk's columns and
 * progress history) and the circular's summary — and the hand edits writing them would overwrite. The one place
 * where the pane and the command line decide this, so the ledger is the same from both.
 * @example const output = ledgerSheets(evaluations, sheets, { asOf: "2007-11-30", settings }); output.previousSheet // "台账 2007-10"
 */
export function ledgerSheets(
  evaluations: readonly TaskEvaluation[],
  sheets: readonly SheetGrid[],
  options: { asOf: string; settings: LedgerSettings; lang?: Language },
): LedgerSheets {
  const ledgers = sheets.filter((grid) => productSheetKind(grid) !== "summary" && isLedgerLike(grid));
  const previousName = previousLedgerName(
    ledgers.map((grid) => grid.name),
    options.settings.ledgerSheetName,
    options.asOf,
  );
  const previous = ledgers.find((grid) => grid.name === previousName) ?? null;
  const lang = options.lang ?? "zh";
  const ledger = ledgerLayout(evaluations, { asOf: options.asOf, settings: options.settings, previous, lang });
  const summary = summaryLayout(evaluations, { asOf: options.asOf, settings: options.settings, lang });
  const edits = previous !== null ? detectLedgerEdits(previous, ledger) : [];
  // Fonts, bold lagging statuses and the 制表/审核 footer, for both writers (printFinish).
  return { ledger: { ...ledger, layout: printFinish(ledger.layout, lang) }, summary: printFinish(summary, lang), previousSheet: previous?.name ?? null, edits };
}
