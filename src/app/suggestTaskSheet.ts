import { taskSheetCandidates } from "../domain/check/taskSheetCandidates";
import type { WorkbookPort } from "../workbook/workbookPort";
import { readLedgerSettings } from "./readLedgerSettings";

/**
 * Step 1's default sheet: the task table chosen by content (taskSheetCandidates, under the settings in force) —
 * the active sheet when it is one, else the first task table; never a ledger, summary, 设置, roster or progress
 * sheet while a task table exists. Null when no sheet has a task table's header (the pane then offers the import).
 * @example await suggestTaskSheet(portOf("工业项目年2007（督查台账）.xlsx")) // "重点工作任务分解表", though 台账 2007-10 is active
 */
export async function suggestTaskSheet(port: WorkbookPort): Promise<string | null> {
  const sheets = await port.readAllSheets();
  const { settings } = await readLedgerSettings(port, { sheets });
  const active = await port.activeSheetName();
  return taskSheetCandidates(sheets, { settings, active })[0] ?? null;
}
