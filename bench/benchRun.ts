/*
 * One measured run of the benchmark, in a process of its own so that its peak memory is its own:
 *   node --expose-gc dist-cli/bench/benchRun.js ours|floor <folder> <tasks> <files> <rows> <out.xlsx>
 *   node --expose-gc dist-cli/bench/benchRun.js memory - <tasks> <files> <rows>   (the engine alone, in memory)
 * `ours` runs the command line's `build` (read the task workbook and the progress folder, match, compute, write the
 * ledger, summary, 报送记录 and 报送明细 into a copy); `floor` runs floorBuild on the same files. Prints one JSON line:
 * { ms, startRssMb, peakRssMb, matched, listed, cells }.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runBuild } from "../src/cli/commands/build";
import type { CliIO } from "../src/cli/cliIO";
import { DEFAULT_SETTINGS } from "../src/domain/evaluation";
import { ledgerLayout } from "../src/domain/ledger/ledgerLayout";
import { hashReports } from "../src/domain/records/hashReports";
import { submissionDetailLayout } from "../src/domain/records/submissionDetailLayout";
import { submissionDetails } from "../src/domain/records/submissionDetails";
import { submissionRecordLayout } from "../src/domain/records/submissionRecordLayout";
import { submissionRecords } from "../src/domain/records/submissionRecords";
import { summaryLayout } from "../src/domain/summary/summaryLayout";
import { benchScenario } from "./benchScenario";
import { computeInMemory } from "./computeInMemory";
import { floorBuild, prepareFloorSheets, type FloorSheet } from "./floorBuild";

export const BENCH_AS_OF = "2007-10-31";

export interface BenchRunResult {
  ms: number;
  /** Resident memory when the timed part starts (MB): node, the modules, and for the floor its prepared rows. */
  startRssMb: number;
  /** The highest resident memory seen during the timed part (MB), sampled every 5 ms (process.memoryUsage.rss(), which reads no heap statistics) and at its end. */
  peakRssMb: number;
  /** Progress rows read (the in-memory run). */
  rows?: number;
  matched?: number;
  listed?: number;
  cells?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;

/** Time `run` and sample the resident memory while it runs (the process's own maxRSS would include the preparation). */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; startRssMb: number; peakRssMb: number }> {
  gc?.();
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { value, ms, startRssMb: megabytes(startRss), peakRssMb: megabytes(peak) };
}

/**
 * The floor's rows: every sheet `build` writes for the same scenario — the ledger, the summary, the 报送记录 and the
 * 报送明细 of the reports read — computed before the clock starts.
 */
function floorSheets(tasks: number, files: number, rows: number): FloorSheet[] {
  const outcome = computeInMemory(benchScenario(tasks, files, rows), BENCH_AS_OF);
  const options = { asOf: BENCH_AS_OF, settings: DEFAULT_SETTINGS };
  const reports = hashReports(outcome.progressRows);
  const records = submissionRecords(reports, { asOf: BENCH_AS_OF, imported: "2007-11-03 09:30 +08:00" });
  const details = submissionDetails(reports, { asOf: BENCH_AS_OF });
  return prepareFloorSheets([
    ledgerLayout(outcome.evaluations, options).layout,
    summaryLayout(outcome.evaluations, options),
    submissionRecordLayout(records),
    submissionDetailLayout(details),
  ]);
}

/** The engine alone on `tasks` tasks held in memory (no file), timed in a process of its own as a clerk's run would be. */
function inMemoryRun(tasks: number, files: number, rows: number): BenchRunResult {
  const scenario = benchScenario(tasks, files, rows);
  gc?.();
  const start = performance.now();
  const outcome = computeInMemory(scenario, BENCH_AS_OF);
  return { ms: performance.now() - start, startRssMb: 0, peakRssMb: 0, rows: outcome.rows, matched: outcome.matched, listed: outcome.listed };
}

async function main(): Promise<void> {
  const [mode, folder, tasks, files, rows, out] = process.argv.slice(2);
  if (mode === "memory") {
    process.stdout.write(`${JSON.stringify(inMemoryRun(Number(tasks), Number(files), Number(rows)))}\n`);
    return;
  }
  const taskWorkbook = join(folder, "任务分解表.xlsx");
  const progressFolder = join(folder, "progress");
  let result: BenchRunResult;
  if (mode === "floor") {
    const { readdir } = await import("node:fs/promises");
    const paths = [taskWorkbook, ...(await readdir(progressFolder)).sort().map((name) => join(progressFolder, name))];
    const sheets = floorSheets(Number(tasks), Number(files), Number(rows));
    const run = await timed(() => floorBuild(paths, sheets, out));
    result = { ms: run.ms, startRssMb: run.startRssMb, peakRssMb: run.peakRssMb, cells: run.value };
  } else {
    const lines: string[] = [];
    const io: CliIO = { out: (line) => lines.push(line), err: (line) => lines.push(line), lang: "en" };
    const run = await timed(() => runBuild([taskWorkbook, "--progress", progressFolder, "--as-of", BENCH_AS_OF, "--out", out, "--force", "--lang", "en"], io));
    const exit = run.value;
    if (exit === 2) throw new Error(`build refused: ${lines.slice(0, 5).join(" | ")}`);
    const counts = /(\d+) matched, (\d+) for the clerk/.exec(lines.join("\n"));
    result = { ms: run.ms, startRssMb: run.startRssMb, peakRssMb: run.peakRssMb, matched: counts ? Number(counts[1]) : undefined, listed: counts ? Number(counts[2]) : undefined };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
