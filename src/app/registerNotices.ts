import type { SheetGrid } from "../domain/grid";
import type { SupervisionNotice } from "../domain/notices/supervisionNotices";
import { readRegister } from "../domain/records/readRegister";
import { registerLayout } from "../domain/records/registerLayout";
import { REGISTER_SHEET, type RegisterEntry } from "../domain/records/supervisionRegister";
import type { WorkbookPort } from "../workbook/workbookPort";

/**
 * Register issued supervision notices in the 督办登记 sheet: earlier entries kept as the clerk left them (反馈日期,
 * 办结日期), the new notices appended (number, department, tasks, issued, due, the period as of); a notice the
 * register already holds (`alreadyRegistered`, supervisionNotices) gets no second row.
 * @example await registerNotices(port, { notices: set.notices, asOf: "2007-10-31", sheets });
 */
export async function registerNotices(port: WorkbookPort, request: { notices: readonly SupervisionNotice[]; asOf: string; sheets?: readonly SheetGrid[] }): Promise<RegisterEntry[]> {
  const sheets = request.sheets ?? (await port.readAllSheets());
  const existing = sheets.find((grid) => grid.name === REGISTER_SHEET);
  const previous = existing ? readRegister(existing) : [];
  const added = request.notices
    .filter((notice) => !notice.alreadyRegistered && !previous.some((entry) => entry.number === notice.number))
    .map((notice) => ({ number: notice.number, department: notice.department, tasks: notice.taskIds.join("、"), issued: notice.issued, due: notice.due, answered: "", closed: "", asOf: request.asOf }));
  const entries = [...previous, ...added];
  await port.writeSheet(registerLayout(entries));
  return entries;
}
