import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { checkWorkbook } from "../../app/checkWorkbook";
import { computeProgress, type ComputedProgress } from "../../app/computeProgress";
import { writeLedger, type LedgerWriting } from "../../app/writeLedger";
import { STATUS_PRECEDENCE } from "../../domain/evaluation";
import type { Problem } from "../../domain/problem";
import { evaluationReportJson } from "../../domain/progress/evaluationReportJson";
import { unresolvedRowJson } from "../../domain/progress/unresolvedRowJson";
import { problemReportJson } from "../../domain/report/problemReportJson";
import type { CsvWorkbook } from "../../workbook/exceljs/csvWorkbook";
import type { ExcelJsWorkbook } from "../../workbook/exceljs/excelJsWorkbook";
import { loadSimplifiedConverter } from "../../workbook/text/loadSimplifiedConverter";
import { openWorkbookFile } from "../../workbook/exceljs/openWorkbookFile";
import type { CliIO } from "../cliIO";
import { formatProblemLine } from "../formatProblemLine";
import { writeJsonFile } from "../writeJsonFile";
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
 * "unmatched". Settings: saved → 设置 sheet → --settings FILE.json; the clerk's choices for unmatched rows:
 * --resolutions FILE.json ({ "file|sheet|cell": "task id" | null }). --out writes a copy of the workbook with the
 * ledger and the summary added (never the input file; an existing file or cells the clerk changed in this period's
 * ledger are not overwritten without --force).
 * Exit 0 no errors, 1 errors, 2 unusable input (bad --as-of, missing file, no task table) or refused --out.
 * @example await runBuild(["examples/工业项目年2007.xlsx", "--progress", "examples/progress", "--as-of", "2007-10-31", "--json", "out/build.json"], processIO())
 */
export async function runBuild(argv: string[], io: CliIO): Promise<number> {
  const args = await parseBuildArguments(argv, io);
  if (args === null) return 2;
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
  const inputs = await readBuildInputs(args, io);
  if (inputs === null) return 2;
  const progress = await computeProgress(workbook, { check: checked.value, asOf: args.asOf, sheets: checked.value.sheets, ...inputs, workbookFile: mainFile });
  const problems: Problem[] = [...checked.problems, ...progress.problems];

  // The ledger and summary, written into the workbook in memory before anything is printed so their problems are listed too.
  const writing = args.out !== undefined ? await writeLedger(workbook, { evaluations: progress.built.evaluations, asOf: args.asOf, lang: io.lang, settings: progress.settings, sheets: progress.sheets, overwriteEdits: args.force }) : null;
  if (writing !== null) problems.push(...writing.problems);
  if (writing !== null && !writing.written) reportRefusal(io, writing, args.out ?? "");

  for (const problem of problems) io.out(formatProblemLine(problem, io.lang, mainFile));
  printBuildSummary(io, summaryOf(progress, checked.value.sheet, problems, args.asOf));
  if (args.json !== undefined) await writeReport(io, args.json, progress, problems, args.asOf);
  if (writing !== null && writing.written && !(await saveCopy(io, workbook, args))) return 2;
  if (writing !== null && !writing.written) return 2;
  return problems.some((problem) => problem.severity === "error") ? 1 : 0;
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

async function writeReport(io: CliIO, path: string, progress: ComputedProgress, problems: readonly Problem[], asOf: string): Promise<void> {
  await writeJsonFile(path, {
    asOf,
    expectedProgress: Math.round(progress.expectedProgress * 10000) / 10000,
    settings: progress.settings,
    tasks: progress.built.evaluations.map(evaluationReportJson),
    unmatched: progress.built.unmatched.map(unresolvedRowJson),
    progressSources: progress.sources,
    problems: problems.map(problemReportJson),
  });
  io.out(io.lang === "en" ? `Report written to ${path}` : `报告已写入 ${path}`);
}

/** The workbook with the ledger and summary, saved as --out (never the input); false after a message when it cannot be written. */
async function saveCopy(io: CliIO, workbook: ExcelJsWorkbook | CsvWorkbook, args: BuildArguments): Promise<boolean> {
  const out = args.out ?? "";
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, await workbook.toBytes(), { flag: args.force ? "w" : "wx" });
    io.out(io.lang === "en" ? `Ledger and summary written to ${out} (the input file is unchanged)` : `台账和通报汇总已写入 ${out}（原文件未改动）`);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(io.lang === "en" ? `Cannot write "${out}": ${reason}` : `无法写出“${out}”：${reason}`);
    return false;
  }
}
