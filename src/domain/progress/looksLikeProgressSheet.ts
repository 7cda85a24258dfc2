import type { SheetGrid } from "../grid";
import { findHeaderRow } from "../headers/findHeaderRow";
import { isLedgerLike } from "../sheets/isLedgerLike";
import { PROGRESS_VOCABULARY } from "./progressVocabulary";

/**
 * Whether a sheet's content looks like a department's progress sheet (进展情况表), whatever its name: a header
 * with a task column (序号 or 工作任务) and a progress column (完成情况/进展情况… or 完成值…), and not a ledger or
 * summary this product wrote. A task table (年度目标, 牵头单位, 完成时限, no progress column) is not one. Step 2
 * ticks such sheets by default; step 1 never takes one for the task table when another sheet is a task table.
 * @example looksLikeProgressSheet(readBack("省商务厅等")) // true (序号 | 工作任务 | 进展情况 | 填报单位)
 * @example looksLikeProgressSheet(readBack("重点工作任务分解表")) // false
 */
export function looksLikeProgressSheet(grid: SheetGrid): boolean {
  const header = findHeaderRow(grid, PROGRESS_VOCABULARY);
  if (header === null) return false;
  const { columns } = header;
  const hasTask = columns.id !== undefined || columns.title !== undefined;
  const hasProgress = columns.text !== undefined || columns.value !== undefined;
  return hasTask && hasProgress && !isLedgerLike(grid);
}
