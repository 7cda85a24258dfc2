import type { DepartmentRoster } from "../departments/buildRoster";
import type { SheetGrid } from "../grid";
import { isLedgerLike } from "../sheets/isLedgerLike";
import type { Problem } from "../problem";
import type { Task } from "../task";
import type { ProgressRow } from "./progressRow";
import { readProgressSheet } from "./readProgressSheet";
import { readReportTemplate } from "./readReportTemplate";

/** A sheet that gave progress rows. */
export interface ProgressSource {
  file?: string;
  sheet: string;
  rows: number;
}

/**
 * The progress rows of some sheets — the chosen sheets of the open workbook, or all sheets of one departmental
 * file — as both the pane and the command line read them: ledgers and summaries this product wrote are left out;
 * a report template of this product is read by its keys (readReportTemplate); a sheet without a progress header is skipped with a `not-a-progress-sheet` note; a separate file none of whose
 * sheets is a progress sheet gives its reading problem (`no-progress-header`, naming what was looked for).
 * @example readProgressSources(grids, { tasks, roster, asOf: "2007-10-31", file: "省环保局进展.csv" }).rows.length // 1
 */
export function readProgressSources(
  grids: readonly SheetGrid[],
  options: { tasks: readonly Task[]; roster: DepartmentRoster; asOf: string; file?: string },
): { rows: ProgressRow[]; problems: Problem[]; sources: ProgressSource[] } {
  const rows: ProgressRow[] = [];
  const problems: Problem[] = [];
  const sources: ProgressSource[] = [];
  const failures: Problem[] = [];
  const skipped: SheetGrid[] = [];
  const file = options.file !== undefined ? { file: options.file } : {};
  for (const grid of grids) {
    if (isLedgerLike(grid)) continue;
    const template = readReportTemplate(grid, { tasks: options.tasks, asOf: options.asOf, ...file });
    if (template !== null) {
      rows.push(...template.rows);
      problems.push(...template.problems);
      sources.push({ ...file, sheet: grid.name, rows: template.rows.length });
      continue;
    }
    const read = readProgressSheet(grid, { tasks: options.tasks, roster: options.roster, asOf: options.asOf, ...file });
    if (!read.ok) {
      failures.push(...read.problems);
      skipped.push(grid);
      continue;
    }
    rows.push(...read.value);
    problems.push(...read.problems);
    sources.push({ ...file, sheet: grid.name, rows: read.value.length });
  }
  if (options.file !== undefined && sources.length === 0) problems.push(...failures.slice(0, 1));
  else for (const grid of skipped) problems.push(notAProgressSheet(grid, options.file));
  return { rows, problems, sources };
}

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
