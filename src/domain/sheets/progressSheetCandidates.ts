import type { LedgerSettings } from "../evaluation";
import { productSheetNameKind } from "./productSheetNameKind";

/**
 * The sheets of a workbook that may hold departments' progress, in tab order: every sheet except the task table,
 * the 部门名录 roster and the product's own sheets (ledgers, summaries, the 设置 sheet — by their configured
 * names, productSheetNameKind). A ledger renamed by the clerk is still left out when it is read
 * (readProgressSources recognises it by content).
 * @example progressSheetCandidates(["工业项目年", "部门名录", "省经委进展", "台账 2007-10"], { taskSheet: "工业项目年", rosterSheet: "部门名录", settings: DEFAULT_SETTINGS }) // ["省经委进展"]
 */
export function progressSheetCandidates(
  sheetNames: readonly string[],
  options: { taskSheet: string | null; rosterSheet: string | null; settings: Pick<LedgerSettings, "ledgerSheetName" | "summarySheetName"> },
): string[] {
  return sheetNames.filter((name) => name !== options.taskSheet && name !== options.rosterSheet && productSheetNameKind(name, options.settings) === null);
}
