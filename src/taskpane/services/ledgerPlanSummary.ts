import type { LedgerPlan as PlannedLedger } from "../../app/planLedger";
import { ledgerPreview } from "../../app/ledgerPreview";
import type { LedgerPlan } from "./ledgerService";

/**
 * What step 3 shows before writing, from the ledger planned for a period: the two sheets' names, the number of
 * tasks, the tasks per status, the ledger's preview, and each hand edit writing would overwrite as 台账!F7（备注）.
 * @example ledgerPlanSummary(await planLedger(port, request), evaluations.length).wouldOverwrite // ["台账 2007-10!H5（1-10月推进情况）"]
 */
export function ledgerPlanSummary(plan: PlannedLedger, taskCount: number): LedgerPlan {
  return {
    ledgerSheet: plan.sheets.ledger.layout.name,
    summarySheet: plan.sheets.summary.name,
    taskCount,
    statusCounts: plan.statusCounts,
    preview: ledgerPreview(plan.sheets.ledger.layout),
    wouldOverwrite: plan.edits.map((edit) => `${edit.sheet}!${edit.cell}（${edit.header}）`),
  };
}
