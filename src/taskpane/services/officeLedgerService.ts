import { officeWorkbook } from "../../workbook/office/officeWorkbook";
import type { LedgerService } from "./ledgerService";
import { portLedgerService } from "./portLedgerService";

/**
 * The LedgerService of the workbook open in Excel (Office.js); call after Office.onReady. Sheets go through the
 * port, which refuses to replace a sheet the add-in did not write unless the pane asked the clerk first.
 * @example createRoot(container).render(<App service={officeLedgerService()} lang="zh" />)
 */
export function officeLedgerService(): LedgerService {
  const port = officeWorkbook((batch) => Excel.run(batch));
  return portLedgerService(port, {
    host: "excel",
    workbookName: "",
  });
}
