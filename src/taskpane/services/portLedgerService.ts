import { checkWorkbook } from "../../app/checkWorkbook";
import { createTaskSheet } from "../../app/createTaskSheet";
import { importDivisionText } from "../../app/importDivisionText";
import { prepareProgress } from "../../app/prepareProgress";
import { readDivisionDocument } from "../../app/readDivisionDocument";
import { suggestTaskSheet } from "../../app/suggestTaskSheet";
import { detectTaskColumns } from "../../domain/table/detectTaskColumns";
import { loadSimplifiedConverter } from "../../workbook/text/loadSimplifiedConverter";
import type { WorkbookPort } from "../../workbook/workbookPort";
import { columnChoices } from "./columnChoices";
import type { LedgerHost, LedgerService } from "./ledgerService";
import { progressSteps } from "./progressSteps";

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
  return {
    ...progressSteps(port),
    host: options.host,
    workbookName: options.workbookName,
    listSheets: () => port.listSheets(),
    activeSheetName: () => port.activeSheetName(),
    readSheet: (name) => port.readSheet(name),
    selectCell: (sheet, cell) => port.selectCell(sheet, cell),
    suggestTaskSheet: () => suggestTaskSheet(port),
    prepareProgress: (check, today) => prepareProgress(port, { check, today }),

    async detectColumns(sheet) {
      const grid = await port.readSheet(sheet);
      const detected = detectTaskColumns(grid);
      if (!detected) return { headerRow: null, columns: {}, choices: columnChoices(grid, null) };
      // detectTaskColumns counts grid rows from 0; the clerk counts sheet rows from 1.
      const headerRow = detected.firstHeaderRow + (grid.origin?.row ?? 0) + 1;
      return { headerRow, columns: detected.columns, choices: columnChoices(grid, detected.texts) };
    },

    async check(request) {
      const result = await checkWorkbook(port, request.columns ? { sheet: request.sheet, columns: request.columns } : { sheet: request.sheet });
      if (!result.ok) return { report: null, problems: result.problems };
      const { sheet, headerRow, columns, tasks, rosterSheet } = result.value;
      return { report: { sheet, headerRow, columns, tasks, rosterSheet: rosterSheet ?? null }, problems: result.problems };
    },

    readDocument: (fileName, bytes) => readDivisionDocument(fileName, new Uint8Array(bytes)),

    async importText(text, fileName, choices = {}) {
      // opencc-js is a chunk of its own, fetched on the first import only.
      const toSimplified = await loadSimplifiedConverter();
      const imported = importDivisionText(text, { ...(fileName ? { file: fileName } : {}), ...choices, toSimplified });
      return { tasks: imported.tasks, problems: imported.problems, levels: imported.levels, level: imported.level, convention: imported.convention };
    },

    async createTaskSheet(name, tasks) {
      // The pane asked the clerk before replacing an existing sheet of that name.
      await createTaskSheet(port, name, tasks, { overwrite: true, show: true });
    },
  };
}
