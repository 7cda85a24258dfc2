import { blankErrorValues } from "../domain/cells/blankErrorValues";
import { buildRoster } from "../domain/departments/buildRoster";
import type { LedgerSettings } from "../domain/evaluation";
import type { SheetGrid } from "../domain/grid";
import type { Problem } from "../domain/problem";
import { buildProgress, type BuildProgressResult } from "../domain/progress/buildProgress";
import { expectedProgress } from "../domain/progress/expectedProgress";
import type { ProgressResolutions } from "../domain/progress/matchProgressRows";
import type { ProgressRow } from "../domain/progress/progressRow";
import { readProgressSources, type ProgressSource } from "../domain/progress/readProgressSources";
import type { Task } from "../domain/task";
import { progressSheetCandidates } from "../domain/sheets/progressSheetCandidates";
import { notReportedDepartments, type NotReportedDepartment } from "../domain/notices/notReportedDepartments";
import type { WorkbookPort } from "../workbook/workbookPort";
import { readLedgerSettings } from "./readLedgerSettings";
import { isSettingsSheetName } from "../domain/settings/settingsFromSheet";
import { ASSIGNMENT_SHEET, type AssignmentRecord } from "../domain/records/assignmentRecord";
import { readAssignmentRecords } from "../domain/records/readAssignmentRecords";
import { rememberedResolutions } from "../domain/records/rememberedResolutions";
import { keepRecordedReports, type ChangedReport } from "../domain/records/keepRecordedReports";
import { readSubmissionDetails } from "../domain/records/readSubmissionDetails";
import { readSubmissionRecords } from "../domain/records/readSubmissionRecords";
import { DETAIL_SHEET } from "../domain/records/submissionDetailLayout";
import { SUBMISSION_SHEET } from "../domain/records/submissionRecordLayout";

/** A separate progress file, already opened: its sheets, or the problems that kept it from opening. */
export interface ProgressFileSheets {
  name: string;
  grids: readonly SheetGrid[];
  problems?: readonly Problem[];
}

export interface ProgressRequest {
  /** What step 1 read: the task sheet, its roster sheet and tasks. */
  check: { sheet: string; rosterSheet: string | null; tasks: readonly Task[] };
  /** yyyy-mm-dd, validated by the front. */
  asOf: string;
  /** Sheets of the workbook to read as progress; default every candidate (progressSheetCandidates). */
  sheetNames?: readonly string[];
  files?: readonly ProgressFileSheets[];
  resolutions?: ProgressResolutions;
  /** Row keys whose remembered assignment (对应记录) the clerk undid: matched afresh. */
  forgotten?: readonly string[];
  /** The sheets already read (step 1's), else they are read now. */
  sheets?: readonly SheetGrid[];
  /** The command line's --settings file, applied last. */
  settingsOverrides?: { values: Record<string, unknown>; file: string };
  /** The workbook's file name, put on problems of its own sheets (the command line). */
  workbookFile?: string;
  /** The clerk confirmed taking the new content of recorded reports that changed (else their recorded figures are kept). */
  confirmChanged?: boolean;
}

export interface ComputedProgress {
  settings: LedgerSettings;
  /** Expected progress (序时进度) at the as-of date, a fraction. */
  expectedProgress: number;
  rows: ProgressRow[];
  sources: ProgressSource[];
  built: BuildProgressResult;
  /** The settings', the sources' and the evaluation's problems, in that order. */
  problems: Problem[];
  /** The sheets read: every sheet, or with `sheetNames` and no `sheets` only those this step needs. */
  sheets: readonly SheetGrid[];
  /** 催报: the lead departments that have not reported for the period, with their tasks. */
  notReported: NotReportedDepartment[];
  /** The assignments the workbook remembers (对应记录 sheet), as read. */
  assignmentRecords: AssignmentRecord[];
  /** Rows assigned as remembered from an earlier month (row key → task id, null: 不计入), the clerk's choices excluded. */
  remembered: Record<string, string | null>;
  /** Recorded reports (报送记录) whose content changed, and which figures were used (`rows` holds them). */
  changedReports: ChangedReport[];
  /** `rows` as reports are recorded (recordSubmissions): a row of the workbook's own sheets without the workbook's file name. */
  reportedRows: ProgressRow[];
}

/**
 * The sheets step 2 needs when none were read before: with `sheetNames`, only the roster, a visible 设置 sheet and the
 * chosen progress sheets and the records (报送记录, 报送明细) (in Excel a large or busy sheet elsewhere in the workbook is then never read); else every sheet.
 */
async function readNeededSheets(port: WorkbookPort, request: ProgressRequest): Promise<SheetGrid[]> {
  if (request.sheetNames === undefined) return port.readAllSheets();
  const wanted = new Set([...(request.check.rosterSheet !== null ? [request.check.rosterSheet] : []), ...request.sheetNames, SUBMISSION_SHEET, DETAIL_SHEET, ASSIGNMENT_SHEET]);
  const names = (await port.listSheets()).filter((name) => wanted.has(name) || isSettingsSheetName(name));
  const grids: SheetGrid[] = [];
  // One sheet after another: each read is a batch of its own.
  for (const name of names) grids.push(await port.readSheet(name));
  return grids;
}

/**
 * Step 2, progress: the settings in force (saved → 设置 sheet → --settings), the roster, progress rows from the
 * chosen sheets of the workbook and from separate files (readProgressSources, a ledger or summary of this product
 * skipped by its content), matched and evaluated at the as-of date (buildProgress) with the clerk's resolutions,
 * and for the rows the clerk did not choose this time, the assignments the workbook remembers from earlier months
 * (对应记录, rememberedResolutions) — in the pane, on the page and on the command line alike.
 * skipped by its content) — a recorded report whose content changed keeps its recorded figures unless
 * `confirmChanged` (keepRecordedReports) — matched and evaluated at the as-of date (buildProgress) with the clerk's resolutions.
 * @example const progress = await computeProgress(port, { check, asOf: "2007-10-31" }); progress.built.evaluations[0].status // "on-schedule"
 */
export async function computeProgress(port: WorkbookPort, request: ProgressRequest): Promise<ComputedProgress> {
  const { check, asOf } = request;
  const sheets = request.sheets ?? (await readNeededSheets(port, request));
  const overrides = request.settingsOverrides;
  const read = await readLedgerSettings(port, { sheets, ...(overrides !== undefined ? { overrides: overrides.values, overridesFile: overrides.file } : {}) });
  const settings = read.settings;
  const problems: Problem[] = [...read.problems];
  const rosterGrid = sheets.find((grid) => grid.name === check.rosterSheet) ?? null;
  const roster = buildRoster(rosterGrid);
  const candidates = progressSheetCandidates(
    sheets.map((grid) => grid.name),
    { taskSheet: check.sheet, rosterSheet: rosterGrid?.name ?? null, settings },
  );
  const chosen = sheets.filter((grid) => candidates.includes(grid.name) && (request.sheetNames === undefined || request.sheetNames.includes(grid.name)));
  const own = readProgressSources(chosen, { tasks: check.tasks, roster, asOf });
  const rows: ProgressRow[] = [...own.rows];
  const sources: ProgressSource[] = [...own.sources];
  const file = request.workbookFile;
  problems.push(...own.problems.map((problem) => (file !== undefined && problem.file === undefined && problem.sheet !== undefined ? { ...problem, file } : problem)));
  for (const progressFile of request.files ?? []) {
    if (progressFile.problems !== undefined && progressFile.problems.length > 0) {
      problems.push(...progressFile.problems);
      continue;
    }
    const cleaned = blankErrorValues(progressFile.grids);
    problems.push(...cleaned.problems);
    const fromFile = readProgressSources(cleaned.grids, { tasks: check.tasks, roster, asOf, file: progressFile.name });
    rows.push(...fromFile.rows);
    sources.push(...fromFile.sources);
    problems.push(...fromFile.problems);
  }
  const recordGrid = sheets.find((grid) => grid.name === ASSIGNMENT_SHEET);
  const assignmentRecords = recordGrid ? readAssignmentRecords(recordGrid) : [];
  const chosenByClerk = request.resolutions ?? {};
  // A report in the workbook's own sheets is the same report whatever the workbook's file is called now (each copy,
  // each download has another name): recorded and compared without it, evaluated with it.
  const ownFile = own.rows.find((row) => row.source.file !== undefined)?.source.file;
  const ownRows = new Set(own.rows);
  const reported = rows.map((row) => (ownRows.has(row) && row.source.file !== undefined ? { ...row, source: withoutFile(row.source) } : row));
  const recorded = keepRecordedReports(reported, { ...recordedReports(sheets), asOf, confirmChanged: request.confirmChanged === true, sheet: SUBMISSION_SHEET });
  problems.push(...recorded.problems);
  const evaluatedRows = recorded.rows.map((row) => (row.source.file === undefined && ownFile !== undefined ? { ...row, source: { ...row.source, file: ownFile } } : row));
  const fromRecords = rememberedResolutions(evaluatedRows, assignmentRecords, check.tasks, request.forgotten ?? []);
  const remembered = Object.fromEntries(Object.entries(fromRecords.resolutions).filter(([key]) => !Object.prototype.hasOwnProperty.call(chosenByClerk, key)));
  problems.push(...fromRecords.problems);
  const built = buildProgress({ tasks: check.tasks, progressRows: evaluatedRows, resolutions: { ...remembered, ...chosenByClerk }, asOf, settings, roster });
  problems.push(...built.problems);
  return { settings, expectedProgress: expectedProgress(asOf, { method: settings.expectedProgressMethod }), rows: evaluatedRows, reportedRows: recorded.rows, sources, built, problems, sheets, notReported: notReportedDepartments(built.evaluations), changedReports: recorded.changed, assignmentRecords, remembered };
}

function withoutFile(source: ProgressRow["source"]): ProgressRow["source"] {
  const { file: _file, ...rest } = source;
  return rest;
}

/** The reports recorded before (报送记录) and their rows (报送明细), none when the workbook has no such sheets. */
function recordedReports(sheets: readonly SheetGrid[]) {
  const records = sheets.find((grid) => grid.name === SUBMISSION_SHEET);
  const details = sheets.find((grid) => grid.name === DETAIL_SHEET);
  return { records: records ? (readSubmissionRecords(records) ?? []) : [], details: details ? (readSubmissionDetails(details) ?? []) : [] };
}
