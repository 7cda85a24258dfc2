import type { SheetGrid } from "../domain/grid";
import { ASSIGNMENT_SHEET, type AssignmentRecord } from "../domain/records/assignmentRecord";
import { assignmentRecordLayout } from "../domain/records/assignmentRecordLayout";
import { mergeAssignmentRecords, type AssignmentChanges } from "../domain/records/mergeAssignmentRecords";
import { readAssignmentRecords } from "../domain/records/readAssignmentRecords";
import type { WorkbookPort } from "../workbook/workbookPort";

/** This month's rows, the clerk's choices and undoings (mergeAssignmentRecords' changes), with the sheets read. */
export interface RememberRequest extends AssignmentChanges {
  /** The sheets already read (computeProgress's), else the record is read now. */
  sheets?: readonly SheetGrid[];
}

/**
 * Remember the clerk's assignments in the workbook for the next month: the 对应记录 sheet holds those remembered
 * before with this month's choices merged in and the undone ones removed (mergeAssignmentRecords). The sheet is
 * written only when that changes it, so a run with nothing new leaves the workbook as it was. Resolves with the
 * records now kept and whether the sheet was written.
 * @example await rememberAssignments(port, { rows: progress.rows, resolutions: { "|省经委进展|C20": null }, tasks, asOf: "2007-10-31", sheets: progress.sheets });
 */
export async function rememberAssignments(port: WorkbookPort, request: RememberRequest): Promise<{ records: AssignmentRecord[]; written: boolean }> {
  const grid = request.sheets?.find((sheet) => sheet.name === ASSIGNMENT_SHEET) ?? (request.sheets === undefined && (await port.listSheets()).includes(ASSIGNMENT_SHEET) ? await port.readSheet(ASSIGNMENT_SHEET) : undefined);
  const previous = grid ? readAssignmentRecords(grid) : [];
  const records = mergeAssignmentRecords(previous, request);
  if (JSON.stringify(records) === JSON.stringify(previous)) return { records, written: false };
  await port.writeSheet(assignmentRecordLayout(records));
  return { records, written: true };
}
