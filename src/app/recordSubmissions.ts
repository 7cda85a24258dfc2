import type { SheetGrid } from "../domain/grid";
import type { Problem } from "../domain/problem";
import type { ProgressRow } from "../domain/progress/progressRow";
import { mergeSubmissionRecords } from "../domain/records/mergeSubmissionRecords";
import { readSubmissionRecords } from "../domain/records/readSubmissionRecords";
import { SUBMISSION_SHEET, submissionRecordLayout } from "../domain/records/submissionRecordLayout";
import { submissionRecords, type SubmissionRecord } from "../domain/records/submissionRecords";
import type { WorkbookPort } from "../workbook/workbookPort";

export interface SubmissionRequest {
  /** The period's progress rows (computeProgress). */
  rows: readonly ProgressRow[];
  asOf: string;
  /** When imported, yyyy-mm-dd hh:mm (the front gives now). */
  imported: string;
  /** The clerk confirmed taking changed reports. */
  confirmChanged: boolean;
  /** The sheets already read, else they are read now. */
  sheets?: readonly SheetGrid[];
}

/**
 * Keep the 报送记录: the reports of this import recorded (department, file, rows, SHA-256) after those recorded
 * before, which never change silently — a recorded report whose content differs is `recorded-report-changed` and
 * keeps its record unless the clerk confirmed (mergeSubmissionRecords). Writes the 报送记录 sheet.
 * @example const kept = await recordSubmissions(port, { rows: progress.rows, asOf: "2007-10-31", imported: "2007-11-03 09:30", confirmChanged: false });
 */
export async function recordSubmissions(port: WorkbookPort, request: SubmissionRequest): Promise<{ records: SubmissionRecord[]; problems: Problem[] }> {
  const sheets = request.sheets ?? (await port.readAllSheets());
  const existing = sheets.find((grid) => grid.name === SUBMISSION_SHEET);
  const previous = existing ? (readSubmissionRecords(existing) ?? []) : [];
  const current = submissionRecords(request.rows, { asOf: request.asOf, imported: request.imported });
  const merged = mergeSubmissionRecords(previous, current, { confirmChanged: request.confirmChanged, sheet: SUBMISSION_SHEET });
  await port.writeSheet(submissionRecordLayout(merged.records));
  return merged;
}
