import { STATUS_PRECEDENCE, type LedgerSettings, type TaskEvaluation, type TaskStatus } from "../domain/evaluation";
import type { SheetGrid } from "../domain/grid";
import type { LedgerEdit } from "../domain/ledger/detectLedgerEdits";
import type { WorkbookPort } from "../workbook/workbookPort";
import { ledgerSheets, type LedgerSheets } from "./ledgerSheets";
import { readLedgerSettings } from "./readLedgerSettings";
import type { Language } from "../domain/language";

/** What writing the ledger for a period would do. */
export interface LedgerPlan {
  sheets: LedgerSheets;
  statusCounts: Record<TaskStatus, number>;
  /** Cells of this period's ledger the clerk changed by hand that writing would overwrite. */
  edits: LedgerEdit[];
}

export interface LedgerRequest {
  evaluations: readonly TaskEvaluation[];
  asOf: string;
  lang: Language;
  /** The settings in force (the command line's, with --settings); else read from the workbook. */
  settings?: LedgerSettings;
  /** The workbook's sheets already read; else read now. */
  sheets?: readonly SheetGrid[];
}

/**
 * Step 3's preview: the ledger and the summary for the period (ledgerSheets, carrying the earlier ledger over), the
 * tasks per status, and the hand edits writing would overwrite — reading the workbook once.
 * @example const plan = await planLedger(port, { evaluations, asOf: "2007-10-31", lang: "zh" }); plan.sheets.ledger.layout.name // "台账 2007-10"
 */
export async function planLedger(port: WorkbookPort, request: LedgerRequest): Promise<LedgerPlan> {
  const sheets = request.sheets ?? (await port.readAllSheets());
  const settings = request.settings ?? (await readLedgerSettings(port, { sheets })).settings;
  const planned = ledgerSheets(request.evaluations, sheets, { asOf: request.asOf, settings, lang: request.lang });
  const statusCounts = Object.fromEntries(STATUS_PRECEDENCE.map((status) => [status, 0])) as Record<TaskStatus, number>;
  for (const evaluation of request.evaluations) statusCounts[evaluation.status] += 1;
  return { sheets: planned, statusCounts, edits: planned.edits };
}
