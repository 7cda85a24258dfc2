import { blankErrorValues } from "../domain/cells/blankErrorValues";
import { checkTaskTable, type CheckReport } from "../domain/check/checkTaskTable";
import { isLedgerLike } from "../domain/sheets/isLedgerLike";
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
 * Excel's error values (#N/A, #REF! …) are read as empty cells with a `cell-error-value` warning at each (never a
 * department or a figure) — except in the product's own ledgers, whose cells are carried as the clerk left them.
 * @example const checked = await checkWorkbook(port, { sheet: "分工方案" }); if (checked.ok) checked.value.tasks.length // 83
 */
export async function checkWorkbook(
  port: WorkbookPort,
  request: { sheet?: string; columns?: ColumnMap; toSimplified?: (text: string) => string } = {},
): Promise<CheckedWorkbook> {
  const read = await port.readAllSheets();
  const cleaned = blankErrorValues(read.filter((grid) => !isLedgerLike(grid)));
  const sheets = read.map((grid) => cleaned.grids.find((clean) => clean.name === grid.name) ?? grid);
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
  if (!checked.ok) return { ok: false, problems: [...unread, ...cleaned.problems, ...checked.problems] };
  return { ok: true, value: { ...checked.value, sheets }, problems: [...unread, ...cleaned.problems, ...checked.problems] };
}
