import { checkTaskTable, type CheckReport } from "../domain/check/checkTaskTable";
import type { SheetGrid } from "../domain/grid";
import type { Result } from "../domain/problem";
import type { ColumnMap } from "../domain/task";
import type { WorkbookPort } from "../workbook/workbookPort";
import { readLedgerSettings } from "./readLedgerSettings";

/** Step 1's outcome: the task table's report (with the sheets read, for the next steps) or the problems that stopped it. */
export type CheckedWorkbook = Result<CheckReport & { sheets: SheetGrid[] }>;

/**
 * Step 1, check: read every sheet once, choose the task sheet (the one named, else by content under the settings in
 * force: never a ledger, summary, 设置, roster or progress sheet while a task table exists),
 * build the 部门名录 roster and validate the tasks (checkTaskTable), with the clerk's corrected columns when given;
 * the adapters pass in the traditional → simplified converter (opencc-js) for unit names.
 * @example const checked = await checkWorkbook(port, { sheet: "分工方案" }); if (checked.ok) checked.value.tasks.length // 83
 */
export async function checkWorkbook(
  port: WorkbookPort,
  request: { sheet?: string; columns?: ColumnMap; toSimplified?: (text: string) => string } = {},
): Promise<CheckedWorkbook> {
  const sheets = await port.readAllSheets();
  const { settings } = await readLedgerSettings(port, { sheets });
  const options = {
    settings,
    ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
    ...(request.columns !== undefined ? { columns: request.columns } : {}),
    ...(request.toSimplified !== undefined ? { toSimplified: request.toSimplified } : {}),
  };
  const checked = checkTaskTable(sheets, options);
  // What the reader could not read (merges Excel refused) comes first, so the clerk sees why a result may look odd.
  const unread = sheets.flatMap((grid) => grid.problems ?? []);
  if (!checked.ok) return { ok: false, problems: [...unread, ...checked.problems] };
  return { ok: true, value: { ...checked.value, sheets }, problems: [...unread, ...checked.problems] };
}
