import { officeWorkbook } from "../../workbook/office/officeWorkbook";
import { writeSheet } from "../../workbook/office/writeSheet";
import type { LedgerService } from "./ledgerService";
import { portLedgerService } from "./portLedgerService";

/**
 * The LedgerService of the workbook open in Excel (Office.js); call after Office.onReady. The ledger and
 * summary go through the port (which refuses to replace a sheet the add-in did not write); the task table
 * created from text replaces an existing sheet only after the pane asked the clerk, so it is written with
 * `overwrite`.
 * @example createRoot(container).render(<App service={officeLedgerService()} lang="zh" />)
 */
export function officeLedgerService(): LedgerService {
  const port = officeWorkbook((batch) => Excel.run(batch));
  return portLedgerService(port, {
    host: "excel",
    workbookName: "",
    replaceSheet: (layout) => Excel.run((context) => writeSheet(context, layout, { overwrite: true })),
  });
}
