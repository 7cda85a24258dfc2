import type { Problem } from "../domain/problem";
import type { LedgerEdit } from "../domain/ledger/detectLedgerEdits";
import { circularParagraph } from "../domain/summary/circularParagraph";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { LedgerSheets } from "./ledgerSheets";
import { planLedger, type LedgerRequest } from "./planLedger";

export interface LedgerWriting {
  ledgerSheet: string;
  summarySheet: string;
  /** False when hand edits would have been overwritten and `overwriteEdits` was not given: nothing was written. */
  written: boolean;
  edits: LedgerEdit[];
  /** The circular's paragraph, ready to paste (composed on first reading). */
  readonly circular: string;
  problems: Problem[];
  /** The sheets planned (written or not), with the earlier ledger they carry over. */
  planned: LedgerSheets;
}

/**
 * Step 3, write: the period's ledger and summary (planLedger) written through the port — unless the clerk's hand
 * edits in this period's ledger would be overwritten and `overwriteEdits` is not set (the pane asks first; the
 * command line needs --force). With `show`, the ledger is selected afterwards.
 * @example const writing = await writeLedger(port, { evaluations, asOf: "2007-10-31", lang: "zh", overwriteEdits: true, show: true });
 */
export async function writeLedger(port: WorkbookPort, request: LedgerRequest & { overwriteEdits?: boolean; show?: boolean }): Promise<LedgerWriting> {
  const plan = await planLedger(port, request);
  const { ledger, summary } = plan.sheets;
  const written = plan.edits.length === 0 || request.overwriteEdits === true;
  if (written) {
    await port.writeSheet(ledger.layout);
    await port.writeSheet(summary);
    if (request.show === true) await port.selectCell(ledger.layout.name, "A1");
  }
  // The circular's paragraph is composed when asked for (the pane shows it; the command line does not).
  let circular: string | undefined;
  return {
    ledgerSheet: ledger.layout.name,
    summarySheet: summary.name,
    written,
    edits: plan.edits,
    get circular(): string {
      circular ??= circularParagraph(request.evaluations, { asOf: request.asOf, lang: request.lang });
      return circular;
    },
    problems: ledger.problems,
    planned: plan.sheets,
  };
}
