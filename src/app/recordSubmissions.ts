import type { SheetGrid } from "../domain/grid";
import type { ProgressRow } from "../domain/progress/progressRow";
import { hashReports } from "../domain/records/hashReports";
import { mergeSubmissionDetails } from "../domain/records/mergeSubmissionDetails";
import { mergeSubmissionRecords } from "../domain/records/mergeSubmissionRecords";
import { readSubmissionDetails } from "../domain/records/readSubmissionDetails";
import { readSubmissionRecords } from "../domain/records/readSubmissionRecords";
import { DETAIL_SHEET, submissionDetailLayout } from "../domain/records/submissionDetailLayout";
import { submissionDetails, type SubmissionDetail } from "../domain/records/submissionDetails";
import { SUBMISSION_SHEET, submissionRecordLayout } from "../domain/records/submissionRecordLayout";
import { submissionRecords, type SubmissionRecord } from "../domain/records/submissionRecords";
import type { WorkbookPort } from "../workbook/workbookPort";

export interface SubmissionRequest {
  /** The rows the period was evaluated with (computeProgress's `rows`: recorded figures where they were kept). */
  rows: readonly ProgressRow[];
  asOf: string;
  /** When imported, local time with its offset, yyyy-mm-dd hh:mm +hh:mm (the front gives importTime(now)). */
  imported: string;
  /** The clerk confirmed taking changed reports (as computeProgress was asked). */
  confirmChanged: boolean;
  /** The sheets already read, else they are read now. */
  sheets?: readonly SheetGrid[];
  /** The platform's SHA-256 of a text's UTF-8 as 64 hex digits (the command line's node:crypto); else the domain's own. */
  sha256?: (text: string) => string;
}

export interface RecordedSubmissions {
  /** The whole 报送记录 and 报送明细 as written. */
  records: SubmissionRecord[];
  details: SubmissionDetail[];
  /** What this import put on record: its reports, and their rows in the 报送明细 (the recorded ones where kept). */
  recorded: { reports: number; detailRows: number };
}

/**
 * Keep the 报送记录 and its 报送明细: the reports of this import recorded (department, file, rows, SHA-256) after
 * those recorded before, which never change silently — a recorded report whose content differs keeps its record
 * unless the clerk confirmed (mergeSubmissionRecords); the 报送明细 keeps each record's rows (figure, unit, text) so
 * a rebuilt period can use them again (computeProgress, keepRecordedReports). Writes both sheets through the port.
 * @example const kept = await recordSubmissions(port, { rows: progress.rows, asOf: "2007-10-31", imported: "2007-11-03 09:30 +08:00", confirmChanged: false }); kept.recorded // { reports: 12, detailRows: 340 }
 */
export async function recordSubmissions(port: WorkbookPort, request: SubmissionRequest): Promise<RecordedSubmissions> {
  const sheets = request.sheets ?? (await port.readAllSheets());
  const recordSheet = sheets.find((grid) => grid.name === SUBMISSION_SHEET);
  const detailSheet = sheets.find((grid) => grid.name === DETAIL_SHEET);
  const previous = recordSheet ? (readSubmissionRecords(recordSheet) ?? []) : [];
  const previousDetails = detailSheet ? (readSubmissionDetails(detailSheet) ?? []) : [];
  const reports = hashReports(request.rows, request.sha256);
  const current = submissionRecords(reports, { asOf: request.asOf, imported: request.imported });
  const { records } = mergeSubmissionRecords(previous, current, { confirmChanged: request.confirmChanged });
  const details = mergeSubmissionDetails(records, previousDetails, submissionDetails(reports, { asOf: request.asOf }));
  await port.writeSheet(submissionRecordLayout(records));
  await port.writeSheet(submissionDetailLayout(details));
  const reportKey = (entry: { period: string; department: string; file: string; sheet: string }): string => [entry.period, entry.department, entry.file, entry.sheet].join("|");
  const imports = new Set(current.map(reportKey));
  const ofThisImport = (entry: SubmissionDetail): boolean => imports.has(reportKey(entry));
  return { records, details, recorded: { reports: current.length, detailRows: details.filter(ofThisImport).length } };
}
