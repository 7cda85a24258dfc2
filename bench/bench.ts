/*
 * `npm run bench`: the whole `build` (read the task workbook and 60 departments' progress files, match, compute,
 * write the ledger, summary and report records into a copy) at 500, 5,000 and 50,000 tasks, beside the floor — ExcelJS alone reading
 * every cell of the same files and writing the same rows with the same styles (bench/floorBuild.ts). Each run is a
 * process of its own (its memory is its own), floor and build alternate (floor first, then build first), the faster
 * of each counts (3 rounds by default). Then the engine alone in memory (no files) up to 100,000 tasks, each size in a
 * process of its own, the faster of the rounds.
 * Goals (issue "fast at any size"): build ≤ 1.5 × floor in time at every size, peak memory ≤ 1.5 × the floor's,
 * 100,000 tasks computed in memory in under 5 s. The figures are printed, not asserted: the machine decides them.
 * What is asserted: the rows matched and listed for the clerk at each size are the counts recorded below (a faster
 * matcher must not match differently); the bench exits 1 when they change.
 * Options: --sizes 500,5000,50000 --memory-sizes 500,5000,50000,100000 (or none) --rounds 3 --keep
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH_AS_OF, type BenchRunResult } from "./benchRun";
import { generateBenchFiles } from "./generateBenchFiles";

const FILES = 60;
/** Progress rows per department: together about one row per task. */
const rowsPerFile = (tasks: number): number => Math.max(10, Math.ceil(tasks / FILES));

/** Rows matched and rows listed for the clerk per size, as recorded with the matcher that compares every rare pair. */
const EXPECTED_COUNTS: Record<number, { rows: number; matched: number; listed: number }> = {
  500: { rows: 600, matched: 597, listed: 3 },
  5000: { rows: 5040, matched: 5036, listed: 4 },
  50000: { rows: 50040, matched: 50036, listed: 4 },
  100000: { rows: 100020, matched: 100016, listed: 4 },
};

const out = (line = ""): void => {
  process.stdout.write(`${line}\n`);
};

function listOption(name: string, fallback: number[]): number[] {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  if (process.argv[at + 1] === "none") return [];
  const values = (process.argv[at + 1] ?? "").split(",").map(Number).filter((value) => Number.isFinite(value) && value > 0);
  return values.length > 0 ? values : fallback;
}

function run(mode: "ours" | "floor" | "memory", folder: string, tasks: number): BenchRunResult {
  const args = ["--expose-gc", join(__dirname, "benchRun.js"), mode, folder, String(tasks), String(FILES), String(rowsPerFile(tasks)), join(folder, `${mode}.xlsx`)];
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${mode} run failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as BenchRunResult;
}

function table(rows: string[][]): string {
  const width = (text: string): number => Array.from(text).reduce((sum, ch) => sum + (/[\u0000-\u00ff–×÷≤]/.test(ch) ? 1 : 2), 0);
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => width(row[col] ?? ""))));
  return rows.map((row) => row.map((cell, col) => (col === 0 ? cell + " ".repeat(widths[col] - width(cell)) : " ".repeat(widths[col] - width(cell)) + cell)).join("  ")).join("\n");
}

const seconds = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const verdict = (ratio: number, goal: number): string => `${ratio.toFixed(2)}× ${ratio <= goal ? "✓" : "✗"}`;

function checkCounts(tasks: number, counts: { rows?: number; matched?: number; listed?: number }, where: string, changed: string[]): string {
  const expected = EXPECTED_COUNTS[tasks];
  const shown = `${counts.matched ?? "?"} matched, ${counts.listed ?? "?"} listed`;
  if (!expected) return `${shown} (no recorded counts)`;
  if (counts.matched === expected.matched && counts.listed === expected.listed) return `${shown} = recorded ✓`;
  changed.push(`${where} at ${tasks} tasks: ${shown}, recorded ${expected.matched} matched, ${expected.listed} listed`);
  return `${shown} ≠ recorded ${expected.matched}/${expected.listed} ✗`;
}

async function main(): Promise<void> {
  const sizes = listOption("sizes", [500, 5000, 50000]);
  const memorySizes = listOption("memory-sizes", [500, 5000, 50000, 100000]);
  const rounds = listOption("rounds", [3])[0];
  const changed: string[] = [];
  out(`督查台账 benchmark — build vs the ExcelJS floor, ${FILES} progress files, as of ${BENCH_AS_OF}; node ${process.version}`);
  const rows: string[][] = [["tasks", "floor", "build", "time ratio", "floor peak", "build peak", "memory ratio", "matching"]];
  for (const tasks of sizes) {
    const folder = await mkdtemp(join(tmpdir(), "progress-ledger-bench-"));
    const started = performance.now();
    await generateBenchFiles(folder, tasks, FILES, rowsPerFile(tasks));
    out(`  ${tasks} tasks: files generated in ${seconds(performance.now() - started)}; running ${rounds} rounds…`);
    const floors: BenchRunResult[] = [];
    const ours: BenchRunResult[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which side runs first, so that neither profits alone from a warm file cache.
      if (round % 2 === 0) {
        floors.push(run("floor", folder, tasks));
        ours.push(run("ours", folder, tasks));
      } else {
        ours.push(run("ours", folder, tasks));
        floors.push(run("floor", folder, tasks));
      }
    }
    const floor = floors.reduce((a, b) => (b.ms < a.ms ? b : a));
    const build = ours.reduce((a, b) => (b.ms < a.ms ? b : a));
    const floorPeak = Math.max(...floors.map((result) => result.peakRssMb));
    const buildPeak = Math.max(...ours.map((result) => result.peakRssMb));
    rows.push([
      String(tasks), seconds(floor.ms), seconds(build.ms), verdict(build.ms / floor.ms, 1.5),
      `${floorPeak} MB`, `${buildPeak} MB`, verdict(buildPeak / floorPeak, 1.5),
      checkCounts(tasks, build, "build", changed),
    ]);
    if (!process.argv.includes("--keep")) await rm(folder, { recursive: true, force: true });
    else out(`  files kept in ${folder}`);
  }
  if (sizes.length > 0) {
    out();
    out("End to end (best of each; peak = highest resident memory sampled during the run, node itself included)");
    out(table(rows));
  }

  const memoryRows: string[][] = [["tasks", "progress rows", "time", "matching"]];
  for (const tasks of memorySizes) {
    // Each size in a process of its own, the faster of `rounds` runs.
    const runs = Array.from({ length: rounds }, () => run("memory", "-", tasks));
    const outcome = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const goal = tasks === 100000 ? (outcome.ms < 5000 ? " ✓" : " ✗") : "";
    memoryRows.push([String(tasks), String(outcome.rows), `${seconds(outcome.ms)}${goal}`, checkCounts(tasks, outcome, "in memory", changed)]);
  }
  if (memorySizes.length > 0) {
    out();
    out(`The engine in memory (check, read progress sheets, match, compute; no file; each size in a process of its own, best of ${rounds}), goal at 100,000 tasks: < 5 s`);
    out(table(memoryRows));
  }
  if (changed.length > 0) {
    out();
    out(`Matching changed: ${changed.join("; ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
