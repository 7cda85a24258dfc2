import { fail, ok, type Result } from "../../domain/problem";
import type { CsvWorkbook } from "../../workbook/exceljs/csvWorkbook";
import { ExcelJsWorkbook } from "../../workbook/exceljs/excelJsWorkbook";
import { loadExcelJs } from "../../workbook/exceljs/loadExcelJs";
import type { WorkbookPort } from "../../workbook/workbookPort";
import { openWorkbookBytes } from "../../workbook/exceljs/openWorkbookBytes";
import type { LedgerService, WorkbookDownload } from "./ledgerService";
import { portLedgerService } from "./portLedgerService";
import { portSelfTest } from "../../workbook/selfTest/portSelfTest";

/** The standalone page's service: a workbook in the browser's memory, downloadable as .xlsx. */
export type FileLedgerService = LedgerService & { download(): Promise<WorkbookDownload> };

/**
 * The LedgerService of an .xlsx or .csv file opened in the browser (ExcelJS), or of a new blank
 * workbook when `file` is null (to start from the import step). A file that cannot be read gives its
 * problems. Load this module with a dynamic import(): ExcelJS is a lazy chunk.
 * @example const opened = await fileLedgerService(input.files[0]); if (opened.ok) render(<App service={opened.value} lang="zh" />);
 */
export async function fileLedgerService(file: File | null, blankName = "新建工作簿.xlsx"): Promise<Result<FileLedgerService>> {
  let workbook: ExcelJsWorkbook | CsvWorkbook;
  if (file) {
    const opened = await openWorkbookBytes(await file.arrayBuffer(), file.name);
    if (!opened.ok) return fail(opened.problems);
    workbook = opened.value;
  } else {
    const ExcelJS = await loadExcelJs();
    workbook = new ExcelJsWorkbook(new ExcelJS.Workbook(), blankName);
  }
  // Anything written (a task table, a ledger, settings) is work the clerk has not downloaded yet.
  let unsaved = false;
  const port: WorkbookPort = {
    listSheets: () => workbook.listSheets(),
    activeSheetName: () => workbook.activeSheetName(),
    readSheet: (name) => workbook.readSheet(name),
    readAllSheets: () => workbook.readAllSheets(),
    selectCell: (sheet, address) => workbook.selectCell(sheet, address),
    readSettings: () => workbook.readSettings(),
    async writeSheet(layout, options) {
      await workbook.writeSheet(layout, options);
      unsaved = true;
    },
    async writeSettings(settings) {
      await workbook.writeSettings(settings);
      unsaved = true;
    },
  };
  const service = portLedgerService(port, { host: "browser", workbookName: workbook.fileName });
  return ok({
    ...service,
    hasUnsavedChanges: () => unsaved,
    download: async () => {
      const bytes = await workbook.toBytes();
      unsaved = false;
      return { fileName: workbook.fileName, bytes };
    },
    // The page's self-test writes into a scratch workbook of its own, never the clerk's file.
    selfTest: async () => {
      const ExcelJS = await loadExcelJs();
      return portSelfTest(new ExcelJsWorkbook(new ExcelJS.Workbook(), "自检.xlsx"), { host: "ExcelJS", environment: typeof navigator !== "undefined" ? navigator.userAgent : "" });
    },
  });
}
