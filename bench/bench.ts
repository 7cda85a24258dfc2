/*
 * `npm run bench`: the time and memory to take a task table of 5,000 tasks and 60 departmental progress files of
 * 100 rows each to a ratio and status per task, beside the time ExcelJS alone takes to read the same files in the
 * same run; and the time to write the 5,000-task ledger beside ExcelJS writing 5,000 plain rows. Figures only, no
 * assertions: the machine decides the numbers. Run with --expose-gc (the npm script does) so that the heap figures
 * are taken after a collection. Options: --tasks N --files N --rows N --keep (leave the generated files).
 */
import { readFile, rm } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { checkTaskTable } from "../src/domain/check/checkTaskTable";
import { buildRoster } from "../src/domain/departments/buildRoster";
import { DEFAULT_SETTINGS, STATUS_PRECEDENCE, type TaskEvaluation } from "../src/domain/evaluation";
import type { SheetGrid } from "../src/domain/grid";
import { ledgerLayout } from "../src/domain/ledger/ledgerLayout";
import { buildProgress } from "../src/domain/progress/buildProgress";
import type { ProgressRow } from "../src/domain/progress/progressRow";
import { readProgressSheet } from "../src/domain/progress/readProgressSheet";
import { summaryLayout } from "../src/domain/summary/summaryLayout";
import { openWorkbookFile } from "../src/workbook/exceljs/openWorkbookFile";
import { writeSheetLayout } from "../src/workbook/exceljs/writeSheetLayout";
import { generateBenchFiles } from "./generateBenchFiles";

const AS_OF = "2007-10-31";

interface Phase {
  name: string;
  ms: number;
  /** Heap in use at the end of the phase, before any collection (MB): what the phase holds. */
  heapMb: number;
  /** The process's peak resident set so far (MB), from the kernel's max RSS. */
  peakRssMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

async function measure<T>(name: string, phases: Phase[], run: () => Promise<T> | T): Promise<T> {
  gc?.();
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  phases.push({ name, ms, heapMb: megabytes(process.memoryUsage().heapUsed), peakRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10 });
  return result;
}

/** ExcelJS alone: load each file and visit every cell value (what any reader must do at least). */
async function excelJsRead(paths: string[]): Promise<number> {
  let cells = 0;
  for (const path of paths) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.value !== null) cells++;
        });
      });
    }
  }
  return cells;
}

interface OurResult {
  evaluations: TaskEvaluation[];
  rows: number;
  matched: number;
  unresolved: number;
  problems: number;
  /** Problems per code, e.g. "conflicting-reports 180". */
  codes: string;
}

/** Ours: open every file into grids, find the task table, read every progress sheet, match and compute. */
async function ourRead(taskWorkbook: string, progressFiles: string[], phases: Phase[]): Promise<OurResult> {
  const taskSheets = await measure("  open + grid, task workbook", phases, async () => {
    const opened = await openWorkbookFile(taskWorkbook);
    if (!opened.ok) throw new Error(opened.problems[0]?.message);
    return opened.value.readAllSheets();
  });
  const progressSheets = await measure(`  open + grid, ${progressFiles.length} progress files`, phases, async () => {
    const grids: SheetGrid[] = [];
    for (const path of progressFiles) {
      const opened = await openWorkbookFile(path);
      if (!opened.ok) throw new Error(opened.problems[0]?.message);
      grids.push(...(await opened.value.readAllSheets()));
    }
    return grids;
  });
  const checked = await measure("  check task table", phases, () => {
    const result = checkTaskTable(taskSheets);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    return result.value;
  });
  const roster = buildRoster(taskSheets.find((grid) => grid.name === checked.rosterSheet) ?? null);
  const rows = await measure("  read progress sheets (headers, rows)", phases, () => {
    const all: ProgressRow[] = [];
    for (const grid of progressSheets) {
      const read = readProgressSheet(grid, { tasks: checked.tasks, roster, asOf: AS_OF });
      if (read.ok) all.push(...read.value);
    }
    return all;
  });
  const built = await measure("  match + compute (buildProgress)", phases, () =>
    buildProgress({ tasks: checked.tasks, progressRows: rows, asOf: AS_OF, settings: DEFAULT_SETTINGS, roster }),
  );
  const codes = new Map<string, number>();
  for (const problem of built.problems) codes.set(problem.code, (codes.get(problem.code) ?? 0) + 1);
  return {
    evaluations: built.evaluations,
    rows: rows.length,
    matched: built.matching.matched.length,
    unresolved: built.unmatched.length,
    problems: built.problems.length,
    codes: [...codes].map(([code, count]) => `${code} ${count}`).join(", "),
  };
}

async function writeLedger(evaluations: TaskEvaluation[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const ledger = ledgerLayout(evaluations, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
  writeSheetLayout(workbook.addWorksheet(ledger.layout.name), ledger.layout);
  const summary = summaryLayout(evaluations, { asOf: AS_OF, settings: DEFAULT_SETTINGS });
  writeSheetLayout(workbook.addWorksheet(summary.name), summary);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer.byteLength;
}

async function writePlain(evaluations: TaskEvaluation[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("plain");
  sheet.addRow(["序号", "类别", "工作任务", "年度目标", "牵头单位", "配合单位", "完成时限", "1-10月推进情况", "完成值", "完成率", "序时进度", "差距", "状态", "备注"]);
  for (const evaluation of evaluations) {
    const task = evaluation.task;
    sheet.addRow([
      task.id, task.category, task.title, task.target, task.leads.join("、"), task.supporting.join("、"), task.deadline ?? "",
      evaluation.countingReport?.text ?? "", evaluation.actual, evaluation.ratio, evaluation.expectedProgress, evaluation.gapPoints, evaluation.status, "",
    ]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer.byteLength;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function table(rows: string[][]): string {
  const width = (text: string): number => Array.from(text).reduce((sum, ch) => sum + (/[\u0000-\u00ff–×÷]/.test(ch) ? 1 : 2), 0);
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => width(row[col] ?? ""))));
  return rows
    .map((row) => row.map((cell, col) => (col === 0 ? cell + " ".repeat(widths[col] - width(cell)) : " ".repeat(widths[col] - width(cell)) + cell)).join("  "))
    .join("\n");
}

async function main(): Promise<void> {
  const taskCount = option("tasks", 5000);
  const fileCount = option("files", 60);
  const rowsPerFile = option("rows", 100);
  const folder = await mkdtemp(join(tmpdir(), "progress-ledger-bench-"));
  const out = (line = ""): void => {
    process.stdout.write(line + "\n");
  };
  out(`督查台账 benchmark — ${taskCount} tasks, ${fileCount} progress files × ${rowsPerFile} rows, as of ${AS_OF}`);
  out(`node ${process.version}, ${gc ? "gc exposed" : "no --expose-gc: heap figures include garbage"}; files in ${folder}`);
  const started = performance.now();
  const files = await generateBenchFiles(folder, taskCount, fileCount, rowsPerFile);
  out(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const allFiles = [files.taskWorkbook, ...files.progressFiles];

  // Two rounds, alternating, so that neither side profits alone from a warm JIT or file cache; the faster counts.
  const rounds: { baseline: Phase[]; ours: Phase[]; result: OurResult; cells: number }[] = [];
  for (let round = 0; round < 2; round++) {
    const baseline: Phase[] = [];
    const cells = await measure("ExcelJS alone: load + visit every cell", baseline, () => excelJsRead(allFiles));
    const ours: Phase[] = [];
    const start = performance.now();
    const result = await ourRead(files.taskWorkbook, files.progressFiles, ours);
    ours.unshift({ name: "ours: read + match + compute", ms: performance.now() - start, heapMb: Math.max(...ours.map((phase) => phase.heapMb)), peakRssMb: Math.max(...ours.map((phase) => phase.peakRssMb)) });
    rounds.push({ baseline, ours, result, cells });
  }
  const best = rounds.reduce((a, b) => (b.ours[0].ms + b.baseline[0].ms < a.ours[0].ms + a.baseline[0].ms ? b : a));
  const { result } = best;

  const writing: Phase[] = [];
  const ledgerBytes = await measure(`ours: ledgerLayout + summaryLayout + ExcelJS writer (${taskCount} tasks)`, writing, () => writeLedger(result.evaluations));
  const plainBytes = await measure(`ExcelJS alone: ${taskCount} plain rows`, writing, () => writePlain(result.evaluations));

  const row = (phase: Phase): string[] => [phase.name, `${phase.ms.toFixed(0)} ms`, `${phase.heapMb} MB`, `${phase.peakRssMb} MB`];
  out();
  out(`Reading (${allFiles.length} files, ${best.cells} cells; best of ${rounds.length} rounds)`);
  out(table([["phase", "time", "heap after", "peak RSS"], ...best.baseline.map(row), ...best.ours.map(row)]));
  out(`ratio ours ÷ ExcelJS alone: ${(best.ours[0].ms / best.baseline[0].ms).toFixed(2)}`);
  out();
  out("Writing");
  out(table([["phase", "time", "heap after", "peak RSS"], ...writing.map(row)]));
  out(`ratio ours ÷ ExcelJS alone: ${(writing[0].ms / writing[1].ms).toFixed(2)}  (files: ${(ledgerBytes / 1024).toFixed(0)} KB vs ${(plainBytes / 1024).toFixed(0)} KB)`);
  out();
  const counts = STATUS_PRECEDENCE.map((status) => `${status} ${result.evaluations.filter((evaluation) => evaluation.status === status).length}`).join(", ");
  out(`Outcome: ${result.rows} progress rows, ${result.matched} matched, ${result.unresolved} listed for the clerk, ${result.problems} problems; ${counts}`);
  out(`Problems: ${result.codes}`);
  out(`peak RSS of the whole run: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  if (!process.argv.includes("--keep")) await rm(folder, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
