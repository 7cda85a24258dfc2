import { buildRoster } from "../domain/departments/buildRoster";
import { defaultAsOf, type DefaultAsOf } from "../domain/progress/defaultAsOf";
import { looksLikeProgressSheet } from "../domain/progress/looksLikeProgressSheet";
import { planYear } from "../domain/progress/planYear";
import { readProgressSources } from "../domain/progress/readProgressSources";
import { isLedgerLike } from "../domain/sheets/isLedgerLike";
import { progressSheetCandidates } from "../domain/sheets/progressSheetCandidates";
import type { Task } from "../domain/task";
import type { WorkbookPort } from "../workbook/workbookPort";
import { readLedgerSettings } from "./readLedgerSettings";

/** What step 2 offers before the clerk runs it. */
export interface ProgressChoices {
  /** Sheets that may hold progress: neither the task table, the roster nor the product's own (by name or content). */
  candidates: string[];
  /** The candidates whose content looks like progress (looksLikeProgressSheet), ticked by default. */
  suggested: string[];
  /** The as-of date offered (defaultAsOf): the latest period the suggested sheets report, in the plan's year. */
  asOf: DefaultAsOf;
}

/**
 * Step 2's defaults: the sheets offered and ticked (by content, whatever their names: 省商务厅等 is ticked; a ledger
 * renamed by the clerk is not offered) and the as-of date from the task table's year and the periods the reports
 * name (1-10月完成情况, 截至2007年10月31日) — not today's date.
 * @example const choices = await prepareProgress(port, { check, today: "2026-12-04" }); choices.asOf // { asOf: "2007-10-31", from: "reports" }
 */
export async function prepareProgress(port: WorkbookPort, request: { check: { sheet: string; rosterSheet: string | null; tasks: readonly Task[] }; today: string }): Promise<ProgressChoices> {
  const { check } = request;
  const sheets = await port.readAllSheets();
  const { settings } = await readLedgerSettings(port, { sheets });
  const named = progressSheetCandidates(
    sheets.map((grid) => grid.name),
    { taskSheet: check.sheet, rosterSheet: check.rosterSheet, settings },
  );
  const grids = sheets.filter((grid) => named.includes(grid.name) && !isLedgerLike(grid));
  const suggestedGrids = grids.filter(looksLikeProgressSheet);
  const year = planYear(check.tasks);
  const roster = buildRoster(sheets.find((grid) => grid.name === check.rosterSheet) ?? null);
  const read = readProgressSources(suggestedGrids, { tasks: check.tasks, roster, asOf: `${year ?? request.today.slice(0, 4)}-12-31` });
  const periodEnds = read.rows.flatMap((row) => (row.asOf ? [row.asOf] : []));
  return {
    candidates: grids.map((grid) => grid.name),
    suggested: suggestedGrids.map((grid) => grid.name),
    asOf: defaultAsOf({ planYear: year, periodEnds, today: request.today }),
  };
}
