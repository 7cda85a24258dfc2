/**
 * What the task pane needs from a workbook and the engine. Components never call Office.js or ExcelJS:
 * App talks to a LedgerService, built on a WorkbookPort and the domain engine functions.
 * - `officeLedgerService()` (index.tsx): the workbook open in Excel;
 * - `fileLedgerService(file)` (standalone.tsx): an .xlsx/.csv file opened in the browser with ExcelJS.
 */
import type { SheetGrid } from "../../domain/grid";
import type { Problem, ProblemLocation } from "../../domain/problem";
import type { ColumnMap, Task } from "../../domain/task";
import type { LedgerSettings, TaskEvaluation, TaskStatus } from "../../domain/evaluation";
import type { TaskExplanation } from "../../domain/progress/explainEvaluation";
import type { WorkbookSettings } from "../../domain/settings/workbookSettings";
import type { Language } from "../../domain/language";
import type { NotReportedDepartment } from "../../domain/notices/notReportedDepartments";
import type { ChangedReport } from "../../domain/records/keepRecordedReports";
import type { SelfTestReport } from "../../workbook/selfTest/selfTestReport";

/** Where the workbook lives: in Excel (selecting a cell shows it there) or in the browser (the pane shows it). */
export type LedgerHost = "excel" | "browser";

/** A column of the sheet a logical column may be mapped to, for the correcting dropdowns. */
export interface ColumnChoice {
  /** 0-based grid column, as in ColumnMap. */
  index: number;
  /** Column letter in the sheet ("B"). */
  letter: string;
  /** Header text of that column ("" when none). */
  header: string;
}

/** The columns found (or chosen) in a task sheet. */
export interface DetectedColumns {
  /** 1-based sheet row of the header, null when none was found. */
  headerRow: number | null;
  columns: ColumnMap;
  choices: ColumnChoice[];
}

/** What step 1 read from the task table. */
export interface CheckSummary {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  columns: ColumnMap;
  tasks: Task[];
  /** The 部门名录 sheet names were checked against, null when the workbook has none. */
  rosterSheet: string | null;
}

/** Step 1's outcome: the summary (null when no table could be read) and every problem. */
export interface CheckOutcome {
  report: CheckSummary | null;
  problems: Problem[];
}

/** A document read to text (import step). */
export interface DocumentText {
  text: string | null;
  problems: Problem[];
}

/** Tasks recognised from a division document (import step). */
export interface ImportOutcome {
  tasks: Task[];
  problems: Problem[];
  /** Levels of parallel 省/市 responsibility labels (several: the pane asks which to read). */
  levels?: string[];
  /** The level read, null when none applies. */
  level?: string | null;
  /** How unmarked lists of several units were read, and for how many tasks (the pane offers the other reading). */
  convention?: { reading: "first-listed" | "joint"; tasks: number };
}

/** The clerk's choices for reading a division document: the level and the reading of unmarked lists. */
export interface ImportChoices {
  level?: string;
  unmarked?: "first-listed" | "joint";
}

/** A progress file the clerk added (step 2); the service keeps its content. */
export interface ProgressFile {
  id: string;
  name: string;
  sheets: string[];
}

/** What to import in step 2. */
export interface ProgressRequest {
  /** The task table read in step 1. */
  check: CheckSummary;
  /** ISO date (yyyy-mm-dd). */
  asOf: string;
  /** Sheets of the open workbook holding progress. */
  sheets: string[];
  /** Ids of added files (ProgressFile.id). */
  fileIds: string[];
  /** The clerk's choices for unmatched or ambiguous rows: row key → task id, or null for "not counted". */
  resolutions: Record<string, string | null>;
  /** Row keys whose remembered assignment (对应记录, “按上月对应”) the clerk undid: matched afresh and forgotten. */
  forgotten?: string[];
  /** The clerk chose "use the new figures" for recorded reports whose content changed (else the recorded ones are kept). */
  confirmChanged?: boolean;
}

/** Step 2's defaults before the clerk runs it (prepareProgress). */
export interface ProgressChoices {
  /** Sheets offered as progress sources (never the task table, the roster or the product's own sheets). */
  candidates: string[];
  /** Those whose content looks like progress: ticked by default. */
  suggested: string[];
  /** The as-of date offered, and where it came from. */
  asOf: { asOf: string; from: "reports" | "plan-year" | "today" };
}

/** A progress row the clerk assigned to a task (or set aside), which can be changed or undone. */
export interface AssignedProgressRow {
  key: string;
  department: string;
  title: string;
  text: string;
  location: ProblemLocation;
  /** The task chosen, null for 不计入. */
  taskId: string | null;
  /** Assigned as the workbook remembers from an earlier month (对应记录), not chosen by the clerk this time. */
  remembered?: boolean;
}

/** A progress row the engine could not match to one task, for the clerk to resolve. */
export interface UnmatchedProgressRow {
  /** Stable key of the row (file|sheet|cell), used in ProgressRequest.resolutions. */
  key: string;
  department: string;
  /** The row's task title or number as written ("" when none). */
  title: string;
  text: string;
  location: ProblemLocation;
  /** Task ids the row could belong to, best first (all tasks are offered too). */
  candidateTaskIds: string[];
}

/** Step 2's outcome. */
export interface ProgressOutcome {
  asOf: string;
  /** Expected progress (序时进度) at the as-of date, a fraction. */
  expectedProgress: number;
  /** Progress rows read from the sources, and how many were matched to a task. */
  rowCount: number;
  matchedCount: number;
  unmatched: UnmatchedProgressRow[];
  /** Rows the clerk assigned in this run (resolutions that applied), and those assigned as remembered (按上月对应). */
  assigned: AssignedProgressRow[];
  evaluations: TaskEvaluation[];
  /** Why each task has its status (same order as `evaluations`), shown when the clerk clicks a task. */
  explanations: TaskExplanation[];
  /** Every problem of reading and matching, conflicting reports (both figures in the message) included. */
  problems: Problem[];
  /** 催报: lead departments without their report this period, with their tasks. */
  notReported?: NotReportedDepartment[];
  /** Recorded reports (报送记录) whose content changed, and which figures were used: the pane asks the clerk. */
  changedReports?: ChangedReport[];
}

/** Step 3's preview: what will be written. */
export interface LedgerPlan {
  ledgerSheet: string;
  summarySheet: string;
  taskCount: number;
  statusCounts: Record<TaskStatus, number>;
  /** The ledger as it will be written (title, visible headers, rows as text). */
  preview?: { title: string; headers: string[]; rows: string[][] };
  /** Things the clerk edited that writing would overwrite (besides 备注 and added columns, which are kept); empty when none. */
  wouldOverwrite: string[];
}

/** Step 3's outcome. */
export interface LedgerWritten {
  ledgerSheet: string;
  summarySheet: string;
  /** The circular's paragraph, ready to paste. */
  circular: string;
  problems: Problem[];
  /** What was put on record with it: this import's reports in the 报送记录 and their rows in the 报送明细. */
  recorded?: { reports: number; detailRows: number };
}

/** A workbook to save (standalone page). */
export interface WorkbookDownload {
  fileName: string;
  bytes: Uint8Array;
}

/** The notices' .zip, with what the 督办登记 now holds of them. */
export interface NoticesDownload extends WorkbookDownload {
  /** Numbers of the notices registered now (new rows). */
  added: string[];
  /** Numbers of the notices the 督办登记 already held for the same department, period and tasks (not numbered again). */
  reused: string[];
}

export interface LedgerService {
  readonly host: LedgerHost;
  /** Name of the workbook (file name; "" in Excel). */
  readonly workbookName: string;

  listSheets(): Promise<string[]>;
  activeSheetName(): Promise<string | null>;
  readSheet(name: string): Promise<SheetGrid>;
  /** Select (Excel) or remember (browser) a cell, e.g. a problem's. */
  selectCell(sheet: string, cell: string): Promise<void>;

  /** Step 1: the task table chosen by content (never a ledger, summary, 设置, roster or progress sheet), null when none. */
  suggestTaskSheet?(): Promise<string | null>;
  /** Step 2: the sheets offered and ticked, and the as-of date offered (`today` is yyyy-mm-dd). */
  prepareProgress?(check: CheckSummary, today: string): Promise<ProgressChoices>;
  /** Standalone page: whether something was written since the workbook was opened or last downloaded. */
  hasUnsavedChanges?(): boolean;

  /** Step 1: the columns found in a sheet (headerRow null and no columns when none). */
  detectColumns(sheet: string): Promise<DetectedColumns>;
  /** Step 1: read and validate the task table, with the clerk's corrected columns when given. */
  check(request: { sheet: string; columns?: ColumnMap }): Promise<CheckOutcome>;

  /** Import step: the text of a .txt or .docx file. */
  readDocument(fileName: string, bytes: ArrayBuffer): Promise<DocumentText>;
  /** Import step: recognise the tasks in a division document's text. */
  importText(text: string, fileName?: string, choices?: ImportChoices): Promise<ImportOutcome>;
  /** Import step: write the tasks as a task table sheet (replacing a sheet of that name). */
  createTaskSheet(name: string, tasks: Task[]): Promise<void>;

  /** Step 2 (absent until the progress engine is available). */
  addProgressFile?(fileName: string, bytes: ArrayBuffer): Promise<{ file: ProgressFile | null; problems: Problem[] }>;
  buildProgress?(request: ProgressRequest): Promise<ProgressOutcome>;

  /** Step 3 (absent until the ledger writers are available). */
  planLedger?(progress: ProgressOutcome, lang: Language): Promise<LedgerPlan>;
  /** Writes the ledger and the summary and records the reports used (报送记录, 报送明细), then shows the ledger (Excel: activates it). */
  writeLedger?(progress: ProgressOutcome, lang: Language): Promise<LedgerWritten>;

  /** Settings: those in force (saved with the workbook, then a visible 设置 sheet, which wins), with their problems. */
  readSettings?(): Promise<WorkbookSettings>;
  /** Save the clerk's settings with the workbook (Excel: document settings; files: a hidden sheet); resolves with those now in force. */
  saveSettings?(settings: LedgerSettings): Promise<WorkbookSettings>;

  /** Report templates (进展填报表) of every department for the period of `asOf`, as one .zip to download. */
  makeTemplates?(check: CheckSummary, asOf: string): Promise<WorkbookDownload>;
  /** The 督办单 of the lagging tasks' lead departments and the circular (.docx), as one .zip, registered in the 督办登记 sheet; `issued` is the issue date. */
  makeNotices?(progress: ProgressOutcome, issued: string): Promise<NoticesDownload>;

  /** Standalone page: the workbook with everything written, as an .xlsx to download. */
  download?(): Promise<WorkbookDownload>;

  /** 设置 → 自检: try every API of the host on a scratch sheet (Excel) or a scratch workbook (the page) and report. */
  selfTest?(): Promise<SelfTestReport>;
}
