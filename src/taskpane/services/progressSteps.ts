import { buildRoster } from "../../domain/departments/buildRoster";
import { STATUS_PRECEDENCE, type TaskStatus } from "../../domain/evaluation";
import type { SheetGrid } from "../../domain/grid";
import { circularParagraph } from "../../domain/summary/circularParagraph";
import type { Problem } from "../../domain/problem";
import { buildProgress } from "../../domain/progress/buildProgress";
import { expectedProgress } from "../../domain/progress/expectedProgress";
import { progressRowKey } from "../../domain/progress/progressRowKey";
import type { ProgressRow } from "../../domain/progress/progressRow";
import { isSettingsSheetName } from "../../domain/settings/settingsFromSheet";
import { settingsToRecord } from "../../domain/settings/settingsToRecord";
import { workbookSettings, type WorkbookSettings } from "../../domain/settings/workbookSettings";
import type { WorkbookPort } from "../../workbook/workbookPort";
import type { LedgerPlan, LedgerService, LedgerWritten, ProgressFile, ProgressOutcome } from "./ledgerService";
import { readProgressSources } from "../../domain/progress/readProgressSources";
import { ledgerOutput } from "../../domain/ledger/ledgerOutput";

type ProgressSteps = Required<Pick<LedgerService, "addProgressFile" | "buildProgress" | "planLedger" | "writeLedger" | "readSettings" | "saveSettings">>;

/**
 * Steps 2 and 3 of the pane over a WorkbookPort, composed from the engine as the command line's `build`
 * does: progress rows from the chosen sheets and files (readProgressSheet), matched and evaluated
 * (buildProgress) at the as-of date with the workbook's settings; then the ledger (ledgerLayout, carrying
 * over the earlier ledger) and the summary (summaryLayout) written through the port, after the clerk was
 * asked about hand edits the ledger would overwrite (detectLedgerEdits), and the circular's paragraph.
 * Separate progress files are opened with ExcelJS, loaded only when the clerk adds one.
 * @example const steps = progressSteps(port); const outcome = await steps.buildProgress({ check, asOf: "2007-10-31", sheets: ["省经委进展"], fileIds: [], resolutions: {} });
 */
export function progressSteps(port: WorkbookPort): ProgressSteps {
  const files = new Map<string, { name: string; grids: SheetGrid[] }>();
  let fileCount = 0;

  const readAllSheets = async (): Promise<SheetGrid[]> => {
    const grids: SheetGrid[] = [];
    for (const name of await port.listSheets()) grids.push(await port.readSheet(name));
    return grids;
  };

  /** The settings in force (saved with the workbook, then a visible 设置 sheet), from the sheets already read or the port. */
  const settings = async (sheets?: SheetGrid[]): Promise<WorkbookSettings> => {
    const saved = await port.readSettings();
    if (sheets !== undefined) return workbookSettings(saved, sheets.find((grid) => isSettingsSheetName(grid.name)) ?? null);
    const sheetName = (await port.listSheets()).find(isSettingsSheetName);
    return workbookSettings(saved, sheetName !== undefined ? await port.readSheet(sheetName) : null);
  };

  /** The layouts to write for an outcome, with the earlier ledger's hand edits they would overwrite. */
  const layouts = async (progress: ProgressOutcome, lang: "zh" | "en") => {
    const sheets = await readAllSheets();
    const { settings: current } = await settings(sheets);
    return ledgerOutput(progress.evaluations, sheets, { asOf: progress.asOf, settings: current, lang });
  };

  return {
    readSettings: () => settings(),

    async saveSettings(next) {
      await port.writeSettings(settingsToRecord(next));
      return settings();
    },

    async addProgressFile(fileName, bytes) {
      const { openWorkbookBytes } = await import(/* webpackChunkName: "workbook-file" */ "../../workbook/exceljs/openWorkbookBytes");
      const opened = await openWorkbookBytes(bytes, fileName);
      if (!opened.ok) return { file: null, problems: opened.problems };
      const grids = await opened.value.readAllSheets();
      fileCount += 1;
      const file: ProgressFile = { id: `file-${fileCount}`, name: fileName, sheets: grids.map((grid) => grid.name) };
      files.set(file.id, { name: fileName, grids });
      return { file, problems: [] };
    },

    async buildProgress(request) {
      const { check, asOf } = request;
      const sheets = await readAllSheets();
      const { settings: current, problems: settingProblems } = await settings(sheets);
      const rosterGrid = sheets.find((grid) => grid.name === check.rosterSheet) ?? null;
      const roster = buildRoster(rosterGrid);
      const problems: Problem[] = [...settingProblems];
      const rows: ProgressRow[] = [];
      const chosen = sheets.filter((grid) => request.sheets.includes(grid.name) && grid.name !== check.sheet && grid !== rosterGrid && !isSettingsSheetName(grid.name));
      const fromSheets = readProgressSources(chosen, { tasks: check.tasks, roster, asOf });
      rows.push(...fromSheets.rows);
      problems.push(...fromSheets.problems);
      for (const id of request.fileIds) {
        const file = files.get(id);
        if (!file) continue;
        const read = readProgressSources(file.grids, { tasks: check.tasks, roster, asOf, file: file.name });
        rows.push(...read.rows);
        problems.push(...read.problems);
      }
      const built = buildProgress({ tasks: check.tasks, progressRows: rows, resolutions: request.resolutions, asOf, settings: current, roster });
      problems.push(...built.problems);
      return {
        asOf,
        expectedProgress: expectedProgress(asOf, { method: current.expectedProgressMethod }),
        rowCount: rows.length,
        matchedCount: built.matching.matched.length,
        unmatched: built.unmatched.map((entry) => ({
          key: progressRowKey(entry.row),
          department: entry.row.department,
          title: entry.row.title ?? entry.row.id ?? "",
          text: entry.row.text,
          location: { ...(entry.row.source.file !== undefined ? { file: entry.row.source.file } : {}), sheet: entry.row.source.sheet, cell: entry.row.source.cell },
          candidateTaskIds: entry.candidates.map((candidate) => candidate.task.id),
        })),
        evaluations: built.evaluations,
        problems,
      };
    },

    async planLedger(progress, lang): Promise<LedgerPlan> {
      const { ledger, summary, edits } = await layouts(progress, lang);
      const statusCounts = Object.fromEntries(STATUS_PRECEDENCE.map((status) => [status, 0])) as Record<TaskStatus, number>;
      for (const evaluation of progress.evaluations) statusCounts[evaluation.status] += 1;
      return {
        ledgerSheet: ledger.layout.name,
        summarySheet: summary.name,
        taskCount: progress.evaluations.length,
        statusCounts,
        wouldOverwrite: edits.map((edit) => `${edit.sheet}!${edit.cell}（${edit.header}）`),
      };
    },

    async writeLedger(progress, lang): Promise<LedgerWritten> {
      const { ledger, summary } = await layouts(progress, lang);
      await port.writeSheet(ledger.layout);
      await port.writeSheet(summary);
      await port.selectCell(ledger.layout.name, "A1");
      return {
        ledgerSheet: ledger.layout.name,
        summarySheet: summary.name,
        circular: circularParagraph(progress.evaluations, { asOf: progress.asOf, lang }),
        problems: ledger.problems,
      };
    },
  };
}
