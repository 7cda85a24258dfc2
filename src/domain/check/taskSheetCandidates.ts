import { isRosterSheetName } from "../departments/isRosterSheetName";
import type { LedgerSettings } from "../evaluation";
import type { SheetGrid } from "../grid";
import { looksLikeProgressSheet } from "../progress/looksLikeProgressSheet";
import { isLedgerLike } from "../sheets/isLedgerLike";
import { productSheetNameKind } from "../sheets/productSheetNameKind";
import { detectTaskColumns } from "../table/detectTaskColumns";

/**
 * The sheets that may be the task table, best first, chosen by content: never the 部门名录 roster, nor a sheet
 * of the product's own — a ledger or summary by its configured name (productSheetNameKind) or by its content
 * (isLedgerLike, also when renamed), the 设置 sheet — and only sheets whose header has a task column and a
 * lead or responsibility column (detectTaskColumns). Sheets that look like progress (looksLikeProgressSheet)
 * come last; among equals, `active` (the sheet shown in Excel) first, then tab order. Reopening last month's
 * download, whose ledger is the active sheet, thus still finds the task table.
 * @example taskSheetCandidates(grids, { settings: DEFAULT_SETTINGS, active: "台账 2007-10" }) // ["重点工作任务分解表"]
 */
export function taskSheetCandidates(
  grids: readonly SheetGrid[],
  options: { settings: Pick<LedgerSettings, "ledgerSheetName" | "summarySheetName">; active?: string | null },
): string[] {
  const eligible = grids.filter(
    (grid) => !isRosterSheetName(grid.name) && productSheetNameKind(grid.name, options.settings) === null && !isLedgerLike(grid) && detectTaskColumns(grid) !== null,
  );
  const rank = (grid: SheetGrid): number => (looksLikeProgressSheet(grid) ? 2 : 0) + (grid.name === options.active ? 0 : 1);
  return eligible
    .map((grid, index) => ({ grid, index }))
    .sort((a, b) => rank(a.grid) - rank(b.grid) || a.index - b.index)
    .map(({ grid }) => grid.name);
}
