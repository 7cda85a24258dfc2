import { excelApiSupport, type ExcelApiSupport } from "../../workbook/office/excelApiSupport";
import { excelSelfTest } from "../../workbook/office/excelSelfTest";
import { officeWorkbook, type RunInContext } from "../../workbook/office/officeWorkbook";
import type { LedgerService } from "./ledgerService";
import { portLedgerService } from "./portLedgerService";

/**
 * The LedgerService of the workbook open in Excel (Office.js); call after Office.onReady. Every batch runs with
 * `delayForCellEdit` (Excel.RunOptions: while the clerk edits a cell the batch waits instead of failing). What this
 * Excel lacks (`support`, from isSetSupported at start-up) is skipped: merges below ExcelApi 1.13, print layout and
 * filters below 1.9. Sheets go through the port, which refuses to replace a sheet the add-in did not write unless the
 * pane asked the clerk first. 设置 → 自检 runs excelSelfTest.
 * @example createRoot(container).render(<App service={officeLedgerService(support)} lang="zh" />)
 */
export function officeLedgerService(support: ExcelApiSupport = excelApiSupport((name, version) => Office.context.requirements.isSetSupported(name, version))): LedgerService {
  const run: RunInContext = (batch) => Excel.run({ delayForCellEdit: true }, batch);
  const settings = () => Office.context.document.settings;
  const port = officeWorkbook(run, settings, { mergedAreas: support.mergedAreas, pageLayout: support.pageLayout });
  return {
    ...portLedgerService(port, { host: "excel", workbookName: "" }),
    selfTest: () =>
      excelSelfTest({
        run,
        isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
        settings,
        environment: Office.context.diagnostics ? `${Office.context.diagnostics.platform} ${Office.context.diagnostics.version}` : "",
      }),
  };
}
