import { loadSimplifiedConverter } from "../../workbook/text/loadSimplifiedConverter";
import type { WorkbookPort } from "../../workbook/workbookPort";
import type { LedgerHost, LedgerService } from "./ledgerService";
import type { loopSteps } from "./loopSteps";
import type { progressSteps } from "./progressSteps";

export interface PortLedgerServiceOptions {
  host: LedgerHost;
  workbookName: string;
}

/**
 * The LedgerService over any WorkbookPort (Office.js in Excel, ExcelJS on the standalone page): adapters from the
 * pane's requests to the use cases of src/app — the import from text, step 1's check, and steps 2 and 3 (progressSteps).
 * @example const service = portLedgerService(officeWorkbook(Excel.run), { host: "excel", workbookName: "" });
 */
export function portLedgerService(port: WorkbookPort, options: PortLedgerServiceOptions): LedgerService {
  // The engine is fetched on first use, not with the pane: the check when the pane asks for the columns (just after
  // it shows), steps 2 and 3, the settings and the import from text when the clerk opens them.
  let loading: Promise<ReturnType<typeof progressSteps>> | null = null;
  const steps = (): Promise<ReturnType<typeof progressSteps>> =>
    (loading ??= import(/* webpackChunkName: "progress-steps" */ "./progressSteps").then((module) => module.progressSteps(port)));
  // Templates and notices (ExcelJS, docx, jszip) are fetched when the clerk asks for them.
  const loop = async (): Promise<ReturnType<typeof loopSteps>> =>
    (await import(/* webpackChunkName: "loop-steps" */ "./loopSteps")).loopSteps(port);
  return {
    makeTemplates: async (check, asOf) => (await loop()).makeTemplates(check, asOf),
    makeNotices: async (progress, issued) => (await loop()).makeNotices(progress, issued),
    readSettings: async () => (await steps()).readSettings(),
    saveSettings: async (next) => (await steps()).saveSettings(next),
    addProgressFile: async (fileName, bytes) => (await steps()).addProgressFile(fileName, bytes),
    buildProgress: async (request) => (await steps()).buildProgress(request),
    planLedger: async (progress, lang) => (await steps()).planLedger(progress, lang),
    writeLedger: async (progress, lang) => (await steps()).writeLedger(progress, lang),
    host: options.host,
    workbookName: options.workbookName,
    listSheets: () => port.listSheets(),
    activeSheetName: () => port.activeSheetName(),
    readSheet: (name) => port.readSheet(name),
    selectCell: (sheet, cell) => port.selectCell(sheet, cell),
    async suggestTaskSheet() {
      const { suggestTaskSheet } = await import(/* webpackChunkName: "check" */ "../../app/suggestTaskSheet");
      return suggestTaskSheet(port);
    },
    async prepareProgress(check, today) {
      const { prepareProgress } = await import(/* webpackChunkName: "progress-steps" */ "../../app/prepareProgress");
      return prepareProgress(port, { check, today });
    },

    async detectColumns(sheet) {
      const [grid, { detectTaskColumns }, { columnChoices }] = await Promise.all([
        port.readSheet(sheet),
        import(/* webpackChunkName: "check" */ "../../domain/table/detectTaskColumns"),
        import(/* webpackChunkName: "check" */ "./columnChoices"),
      ]);
      const detected = detectTaskColumns(grid);
      if (!detected) return { headerRow: null, columns: {}, choices: columnChoices(grid, null) };
      // detectTaskColumns counts grid rows from 0; the clerk counts sheet rows from 1.
      const headerRow = detected.firstHeaderRow + (grid.origin?.row ?? 0) + 1;
      return { headerRow, columns: detected.columns, choices: columnChoices(grid, detected.texts) };
    },

    async check(request) {
      const toSimplified = await loadSimplifiedConverter();
      const { checkWorkbook } = await import(/* webpackChunkName: "check" */ "../../app/checkWorkbook");
      const result = await checkWorkbook(port, request.columns ? { sheet: request.sheet, columns: request.columns, toSimplified } : { sheet: request.sheet, toSimplified });
      if (!result.ok) return { report: null, problems: result.problems };
      const { sheet, headerRow, columns, tasks, rosterSheet } = result.value;
      return { report: { sheet, headerRow, columns, tasks, rosterSheet: rosterSheet ?? null }, problems: result.problems };
    },

    async readDocument(fileName, bytes) {
      const { readDivisionDocument } = await import(/* webpackChunkName: "import-text" */ "../../app/readDivisionDocument");
      return readDivisionDocument(fileName, new Uint8Array(bytes));
    },

    async importText(text, fileName, choices = {}) {
      // opencc-js is a chunk of its own, fetched on the first import only; the importer too.
      const [toSimplified, { importDivisionText }] = await Promise.all([
        loadSimplifiedConverter(),
        import(/* webpackChunkName: "import-text" */ "../../app/importDivisionText"),
      ]);
      const imported = importDivisionText(text, { ...(fileName ? { file: fileName } : {}), ...choices, toSimplified });
      return { tasks: imported.tasks, problems: imported.problems, levels: imported.levels, level: imported.level, convention: imported.convention };
    },

    async createTaskSheet(name, tasks) {
      // The pane asked the clerk before replacing an existing sheet of that name.
      const { createTaskSheet } = await import(/* webpackChunkName: "import-text" */ "../../app/createTaskSheet");
      await createTaskSheet(port, name, tasks, { overwrite: true, show: true });
    },
  };
}
