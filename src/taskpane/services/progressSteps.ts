import type { SheetGrid } from "../../domain/grid";
import { explainEvaluation } from "../../domain/progress/explainEvaluation";
import { progressRowKey } from "../../domain/progress/progressRowKey";
import { settingsToRecord } from "../../domain/settings/settingsToRecord";
import { computeProgress } from "../../app/computeProgress";
import { planLedger } from "../../app/planLedger";
import { readLedgerSettings } from "../../app/readLedgerSettings";
import { rememberAssignments } from "../../app/rememberAssignments";
import { importTime } from "../../app/importTime";
import { recordSubmissions } from "../../app/recordSubmissions";
import { writeLedger } from "../../app/writeLedger";
import type { ProgressRow } from "../../domain/progress/progressRow";
import type { WorkbookPort } from "../../workbook/workbookPort";
import type { LedgerService, ProgressFile } from "./ledgerService";
import { ledgerPlanSummary } from "./ledgerPlanSummary";

type ProgressSteps = Required<Pick<LedgerService, "addProgressFile" | "buildProgress" | "planLedger" | "writeLedger" | "readSettings" | "saveSettings">>;

/**
 * Steps 2 and 3 and the settings of the pane: adapters from the pane's requests to the use cases of src/app
 * (computeProgress, planLedger, writeLedger, readLedgerSettings). Separate progress files are opened with ExcelJS,
 * loaded only when the clerk adds one, and kept here until the pane asks for them by id. Writing the ledger records
 * the reports it was made from (recordSubmissions: 报送记录, 报送明细).
 * @example const steps = progressSteps(port); const outcome = await steps.buildProgress({ check, asOf: "2007-10-31", sheets: ["省经委进展"], fileIds: [], resolutions: {} });
 */
export function progressSteps(port: WorkbookPort): ProgressSteps {
  const files = new Map<string, { name: string; grids: SheetGrid[] }>();
  let fileCount = 0;
  // The rows of the last evaluation (recorded figures where they were kept), recorded when the ledger is written.
  let evaluated: { asOf: string; rows: ProgressRow[]; confirmChanged: boolean } | null = null;

  return {
    readSettings: () => readLedgerSettings(port),

    async saveSettings(next) {
      await port.writeSettings(settingsToRecord(next));
      return readLedgerSettings(port);
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
      const chosenFiles = request.fileIds.flatMap((id) => files.get(id) ?? []);
      const forgotten = request.forgotten ?? [];
      const confirmChanged = request.confirmChanged === true;
      const computed = await computeProgress(port, { check: request.check, asOf: request.asOf, sheetNames: request.sheets, files: chosenFiles, resolutions: request.resolutions, confirmChanged, forgotten });
      const { built } = computed;
      // The clerk's choices are remembered in the workbook (对应记录) for next month's same rows.
      await rememberAssignments(port, { rows: computed.rows, resolutions: request.resolutions, forgotten, tasks: request.check.tasks, asOf: request.asOf, sheets: computed.sheets });
      evaluated = { asOf: request.asOf, rows: computed.reportedRows, confirmChanged };
      return {
        asOf: request.asOf,
        expectedProgress: computed.expectedProgress,
        rowCount: computed.rows.length,
        matchedCount: built.matching.matched.length,
        unmatched: built.unmatched.map((entry) => ({
          key: progressRowKey(entry.row),
          department: entry.row.department,
          title: entry.row.title ?? entry.row.id ?? "",
          text: entry.row.text,
          location: { ...(entry.row.source.file !== undefined ? { file: entry.row.source.file } : {}), sheet: entry.row.source.sheet, cell: entry.row.source.cell },
          candidateTaskIds: entry.candidates.map((candidate) => candidate.task.id),
        })),
        assigned: computed.rows.flatMap((row) => {
          const key = progressRowKey(row);
          const chosen = Object.prototype.hasOwnProperty.call(request.resolutions, key);
          if (!chosen && !Object.prototype.hasOwnProperty.call(computed.remembered, key)) return [];
          const location = { ...(row.source.file !== undefined ? { file: row.source.file } : {}), sheet: row.source.sheet, cell: row.source.cell };
          const taskId = (chosen ? request.resolutions[key] : computed.remembered[key]) ?? null;
          return [{ key, department: row.department, title: row.title ?? row.id ?? "", text: row.text, location, taskId, ...(chosen ? {} : { remembered: true }) }];
        }),
        evaluations: built.evaluations,
        explanations: built.evaluations.map((evaluation) => explainEvaluation(evaluation, { asOf: request.asOf, settings: computed.settings })),
        problems: computed.problems,
        notReported: computed.notReported,
        changedReports: computed.changedReports,
      };
    },

    async planLedger(progress, lang) {
      const plan = await planLedger(port, { evaluations: progress.evaluations, asOf: progress.asOf, lang });
      return ledgerPlanSummary(plan, progress.evaluations.length);
    },

    async writeLedger(progress, lang) {
      // The pane showed the plan and asked the clerk about hand edits before calling this.
      const writing = await writeLedger(port, { evaluations: progress.evaluations, asOf: progress.asOf, lang, overwriteEdits: true, show: true });
      // The reports the ledger was made from, kept in the 报送记录 and 报送明细 (as the command line's build --out).
      let recorded: { reports: number; detailRows: number } | undefined;
      if (writing.written && evaluated !== null && evaluated.asOf === progress.asOf) {
        ({ recorded } = await recordSubmissions(port, { rows: evaluated.rows, asOf: progress.asOf, imported: importTime(new Date()), confirmChanged: evaluated.confirmChanged }));
      }
      return { ledgerSheet: writing.ledgerSheet, summarySheet: writing.summarySheet, circular: writing.circular, problems: writing.problems, ...(recorded !== undefined ? { recorded } : {}) };
    },
  };
}
