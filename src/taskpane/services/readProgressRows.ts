import type { DepartmentRoster } from "../../domain/departments/buildRoster";
import type { SheetGrid } from "../../domain/grid";
import { productSheetKind } from "../../domain/ledger/productSheetKind";
import type { Problem } from "../../domain/problem";
import type { ProgressRow } from "../../domain/progress/progressRow";
import { readProgressSheet } from "../../domain/progress/readProgressSheet";
import type { Task } from "../../domain/task";

function notAProgressSheet(grid: SheetGrid, file: string | undefined): Problem {
  return {
    code: "not-a-progress-sheet",
    severity: "info",
    ...(file !== undefined ? { file } : {}),
    sheet: grid.name,
    message: `工作表“${grid.name}”不是进展表（没有“工作任务”和“完成情况/进展情况”等表头），已跳过。`,
    messageEn: `Sheet "${grid.name}" is not a progress sheet (no task and progress headers); skipped.`,
  };
}

/**
 * The progress rows of some sheets, as the command line's `build` reads them: ledgers and summaries this
 * product wrote are left out; a sheet without a progress header is skipped with a `not-a-progress-sheet`
 * note — for a separate file, only when another of its sheets is a progress sheet (else its reading problem).
 * @example readProgressRows(grids, { tasks, roster, asOf: "2007-10-31", file: "省经委.xlsx" }).rows.length // 12
 */
export function readProgressRows(
  grids: readonly SheetGrid[],
  options: { tasks: readonly Task[]; roster: DepartmentRoster; asOf: string; file?: string },
): { rows: ProgressRow[]; problems: Problem[] } {
  const rows: ProgressRow[] = [];
  const problems: Problem[] = [];
  const failures: Problem[] = [];
  const skipped: SheetGrid[] = [];
  for (const grid of grids) {
    if (productSheetKind(grid) !== null) continue;
    const read = readProgressSheet(grid, { tasks: options.tasks, roster: options.roster, asOf: options.asOf, ...(options.file !== undefined ? { file: options.file } : {}) });
    if (!read.ok) {
      failures.push(...read.problems);
      skipped.push(grid);
      continue;
    }
    rows.push(...read.value);
    problems.push(...read.problems);
  }
  const anyRead = skipped.length < grids.filter((grid) => productSheetKind(grid) === null).length;
  if (options.file !== undefined && !anyRead) problems.push(...failures.slice(0, 1));
  else for (const grid of skipped) problems.push(notAProgressSheet(grid, options.file));
  return { rows, problems };
}
