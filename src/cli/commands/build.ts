import { basename } from "node:path";
import { platformSha256 } from "../platformSha256";
import { deflateStoredZip } from "../deflateStoredZip";
import { checkWorkbook } from "../../app/checkWorkbook";
import { computeProgress, type ComputedProgress } from "../../app/computeProgress";
import { writeLedger, type LedgerWriting } from "../../app/writeLedger";
import { importTime } from "../../app/importTime";
import { recordSubmissions } from "../../app/recordSubmissions";
import { rememberAssignments } from "../../app/rememberAssignments";
import { STATUS_PRECEDENCE } from "../../domain/evaluation";
import type { Problem } from "../../domain/problem";
import { evaluationReportJson } from "../../domain/progress/evaluationReportJson";
import { unresolvedRowJson } from "../../domain/progress/unresolvedRowJson";
import { problemReportJson } from "../../domain/report/problemReportJson";
import { isLedgerLike } from "../../domain/sheets/isLedgerLike";
import type { CsvWorkbook } from "../../workbook/exceljs/csvWorkbook";
import type { ExcelJsWorkbook } from "../../workbook/exceljs/excelJsWorkbook";
import { keepClerkCells } from "../../workbook/exceljs/keepClerkCells";
import { loadSimplifiedConverter } from "../../workbook/text/loadSimplifiedConverter";
import { openWorkbookFile } from "../../workbook/exceljs/openWorkbookFile";
import { separateWorkbook } from "../../workbook/exceljs/separateWorkbook";
import type { CliIO } from "../cliIO";
import { formatProblemLine } from "../formatProblemLine";
import { humanChannel } from "../humanChannel";
import { listProgressFiles } from "../listProgressFiles";
import { refuseOutputOverInput } from "../refuseOutputOverInput";
import { saveJsonReport } from "../saveJsonReport";
import { writeFileAtomically } from "../writeFileAtomically";
import { parseBuildArguments, type BuildArguments } from "./buildArguments";
import { readBuildInputs } from "./buildInputs";
import { printBuildSummary } from "./printBuildSummary";

/**
 * `progress-ledger build <workbook.xlsx> [--progress FILE_OR_FOLDER ...] --as-of YYYY-MM-DD [--json FILE] [--out FILE.xlsx] [--force]`:
 * the adapter of steps 1–3 (checkWorkbook, computeProgress, writeLedger) for the command line. Progress comes from
 * the workbook's other sheets (not the 部门名录, the 设置 sheet, nor a ledger or summary this product wrote) and the
 * given .xlsx/.csv files (a folder: every .xlsx/.csv in it, sorted by name). Prints the problems and a summary
 * (tasks per status, expected progress, rows left for the clerk with their cells); --json writes the check report
 * extended with "asOf", "expectedProgress", per task "targets", "actual", "ratio", "status", "reports", and
 * "unmatched", and "notReported" (催报: lead departments without their report, with their tasks). Settings: saved → 设置 sheet → --settings FILE.json; the clerk's choices for unmatched rows:
 * --resolutions FILE.json ({ "file|sheet|cell": "task id" | null }). --out writes a copy of the workbook with the
 * ledger and the summary added (never the input file; an existing file or cells the clerk changed in this period's
 * ledger are not overwritten without --force), with the 报送记录 sheet of the reports received (SHA-256 each) and the
 * 报送明细 of their rows; a recorded report whose content changed is `recorded-report-changed`: the ledger keeps the
 * recorded figures and the record is kept, unless --confirm-changed takes the new ones.
 * ledger are not overwritten without --force; no output ever replaces an input, whatever the route to it). A workbook
 * holding what a copy would lose (charts, pivot tables, macros …) gets the ledger and summary in a separate workbook.
 * Exit 0 no errors, 1 errors, 2 unusable input (bad --as-of, missing file, no task table) or refused --out.
 * @example await runBuild(["examples/工业项目年2007.xlsx", "--progress", "examples/progress", "--as-of", "2007-10-31", "--json", "out/build.json"], processIO())
 */
export async function runBuild(argv: string[], raw: CliIO): Promise<number> {
  const args = await parseBuildArguments(argv, raw);
  if (args === null) return 2;
  const io = humanChannel(raw, args.json);
  const progressList = await listProgressFiles(args.progress, args.file);
  if (progressList.missing.length > 0) {
    io.err(io.lang === "en" ? `Progress file or folder "${progressList.missing[0]}" not found; check the path.` : `找不到进展文件或文件夹“${progressList.missing[0]}”，请检查路径。`);
    return 2;
  }
  const outputs = [...(args.out !== undefined ? [{ option: "--out", path: args.out }] : []), ...(args.json !== undefined ? [{ option: "--json", path: args.json }] : [])];
  const inputs = [args.file, ...progressList.files, ...[args.settings, args.resolutions].filter((path): path is string => path !== undefined)];
  const refused = await refuseOutputOverInput(outputs, inputs, { force: args.force });
  if (refused !== null) {
    io.err(io.lang === "en" ? refused.en : refused.zh);
    return 2;
  }
  const mainFile = basename(args.file);
  const opened = await openWorkbookFile(args.file);
  if (!opened.ok) {
    for (const problem of opened.problems) io.err(formatProblemLine(problem, io.lang));
    return 2;
  }
  const workbook = opened.value;
  const toSimplified = await loadSimplifiedConverter();
  const checked = await checkWorkbook(workbook, args.sheet !== undefined ? { sheet: args.sheet, toSimplified } : { toSimplified });
  if (!checked.ok) {
    for (const problem of checked.problems) io.err(formatProblemLine(problem, io.lang, mainFile));
    return 2;
  }
  const read = await readBuildInputs(args, io, progressList.files);
  if (read === null) return 2;
  const progress = await computeProgress(workbook, { check: checked.value, asOf: args.asOf, sheets: checked.value.sheets, ...read, workbookFile: mainFile, confirmChanged: args.confirmChanged === true });
  const problems: Problem[] = [...checked.problems, ...progressList.problems, ...progress.problems];

  // The ledger and summary, written into the workbook in memory before anything is printed so their problems are listed too.
  // A workbook a copy would damage gets the two sheets in a separate workbook; else the copy keeps the clerk's formulas.
  const separate = args.out !== undefined && workbook.unsupportedParts.length > 0 ? await separateWorkbook(workbook.unsupportedParts, mainFile) : null;
  const target = separate?.workbook ?? workbook;
  const keep = keepClerkCells(workbook, progress.sheets.filter(isLedgerLike));
  const writing = args.out !== undefined ? await writeLedger(target, { evaluations: progress.built.evaluations, asOf: args.asOf, lang: io.lang, settings: progress.settings, sheets: progress.sheets, overwriteEdits: args.force || separate !== null }) : null;
  if (writing !== null && writing.written && separate === null) keep.restore(writing.planned.previousSheet, writing.ledgerSheet, writing.planned.ledger.layout);
  if (separate !== null) problems.push(separate.problem);
  if (writing !== null) problems.push(...writing.problems);
  if (writing !== null && writing.written) {
    // The --resolutions choices are remembered in the copy (对应记录), for next month's same rows.
    await rememberAssignments(target, { rows: progress.rows, resolutions: read.resolutions, tasks: checked.value.tasks, asOf: args.asOf, sheets: progress.sheets });
    const recorded = await recordSubmissions(target, { rows: progress.reportedRows, asOf: args.asOf, imported: importTime(new Date()), confirmChanged: args.confirmChanged === true, sheets: progress.sheets, sha256: platformSha256 });
    io.out(recordedSentence(io.lang, recorded.recorded));
  }
  if (writing !== null && !writing.written) reportRefusal(io, writing, args.out ?? "");

  for (const problem of problems) io.out(formatProblemLine(problem, io.lang, mainFile));
  printBuildSummary(io, summaryOf(progress, checked.value.sheet, problems, args.asOf));
  printNotReported(io, progress);
  printRemembered(io, progress);
  if (args.json !== undefined && !(await writeReport(raw, io, args, progress, problems))) return 2;
  if (writing !== null && writing.written && !(await saveCopy(io, target, args))) return 2;
  if (writing !== null && !writing.written) return 2;
  return problems.some((problem) => problem.severity === "error") ? 1 : 0;
}

/** What writing the ledger put on record (报送记录, 报送明细). */
function recordedSentence(lang: CliIO["lang"], recorded: { reports: number; detailRows: number }): string {
  return lang === "en"
    ? `Recorded ${recorded.reports} reports in 报送记录 (${recorded.detailRows} rows in 报送明细)`
    : `已在报送记录中登记${recorded.reports}份报送（报送明细 ${recorded.detailRows}行）`;
}

/** 催报: the lead departments without their report this period, with their tasks. */
function printNotReported(io: CliIO, progress: ComputedProgress): void {
  if (progress.notReported.length === 0) return;
  io.out(io.lang === "en" ? "Not reported (remind):" : "催报（未报送的牵头单位）：");
  for (const entry of progress.notReported) io.out(`  ${entry.department}  ${entry.tasks.map((task) => `${task.id} ${task.title}`).join("；")}`);
}

/** Rows assigned as the workbook's 对应记录 remembers from an earlier month. */
function printRemembered(io: CliIO, progress: ComputedProgress): void {
  const count = Object.keys(progress.remembered).length;
  if (count === 0) return;
  io.out(io.lang === "en" ? `${count} rows assigned as last month (sheet 对应记录; --resolutions overrides).` : `按上月对应 ${count} 行（见工作簿中的“对应记录”工作表；如需改变，用 --resolutions 指定）。`);
}

function reportRefusal(io: CliIO, writing: LedgerWriting, out: string): void {
  const en = io.lang === "en";
  io.err(
    en
      ? `${writing.edits.length} cells of the ledger "${writing.ledgerSheet}" were changed by hand and would be overwritten, so ${out} was not written:`
      : `台账“${writing.ledgerSheet}”中有${writing.edits.length}个单元格被手工改动过，重新生成会覆盖它们，因此未写出 ${out}：`,
  );
  for (const edit of writing.edits.slice(0, 20)) io.err(`  ${edit.sheet}!${edit.cell}  ${edit.header}  ${edit.taskId}  “${edit.previous}” → “${edit.next}”`);
  io.err(en ? "Move the changes into the 备注 column, or add --force to overwrite them." : "请把改动移到“备注”列，或加 --force 覆盖。");
}

function summaryOf(progress: ComputedProgress, taskSheet: string, problems: readonly Problem[], asOf: string): Parameters<typeof printBuildSummary>[1] {
  const { built } = progress;
  return {
    asOf,
    yearProgress: progress.expectedProgress,
    taskSheet,
    counts: STATUS_PRECEDENCE.map((status) => ({ status, count: built.evaluations.filter((evaluation) => evaluation.status === status).length })),
    total: built.evaluations.length,
    rows: progress.rows.length,
    sources: progress.sources,
    matched: built.matching.matched.length,
    ignored: built.matching.ignored.length,
    unmatched: built.unmatched.map((entry) => ({
      where: `${entry.row.source.file ? `${entry.row.source.file} ` : ""}${entry.row.source.sheet}!${entry.row.source.cell}`,
      label: entry.row.title ?? entry.row.id ?? entry.row.text,
      reason: entry.reason,
      candidates: entry.candidates.slice(0, 3).map((candidate) => candidate.task.id),
    })),
    errors: problems.filter((problem) => problem.severity === "error").length,
    warnings: problems.filter((problem) => problem.severity === "warning").length,
  };
}

async function writeReport(raw: CliIO, io: CliIO, args: BuildArguments, progress: ComputedProgress, problems: readonly Problem[]): Promise<boolean> {
  const report = {
    asOf: args.asOf,
    expectedProgress: Math.round(progress.expectedProgress * 10000) / 10000,
    settings: progress.settings,
    tasks: progress.built.evaluations.map(evaluationReportJson),
    unmatched: progress.built.unmatched.map(unresolvedRowJson),
    notReported: progress.notReported,
    progressSources: progress.sources,
    problems: problems.map(problemReportJson),
  };
  return saveJsonReport(raw, io, args.json ?? "-", report, { force: args.force });
}

/** The workbook with the ledger and summary, saved as --out all at once (never an input); false after a message when it cannot be written. */
async function saveCopy(io: CliIO, workbook: ExcelJsWorkbook | CsvWorkbook, args: BuildArguments): Promise<boolean> {
  const out = args.out ?? "";
  const failure = await writeFileAtomically(out, deflateStoredZip(await workbook.toBytes({ stored: true })), { overwrite: args.force });
  if (failure !== null) {
    io.err(io.lang === "en" ? failure.en : failure.zh);
    return false;
  }
  io.out(io.lang === "en" ? `Ledger and summary written to ${out} (the input file is unchanged)` : `台账和通报汇总已写入 ${out}（原文件未改动）`);
  return true;
}
