import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { CliIO } from "../../src/cli/cliIO";

/** Options whose value is a file the command writes (never hashed as an input). */
const OUTPUT_OPTIONS = new Set(["--out", "--json"]);

/**
 * SHA-256 of every file at the given paths (a folder: every file under it, links followed), by absolute path.
 * Paths that do not exist are left out; `skip` paths (outputs) are never read.
 * @example await hashInputs(["examples/工业项目年2007.xlsx"]) // Map { "/…/工业项目年2007.xlsx" => "9f2c…" }
 */
export async function hashInputs(paths: readonly string[], skip: readonly string[] = []): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const skipped = new Set(skip.map((path) => resolve(path)));
  const visit = async (path: string, depth: number): Promise<void> => {
    const full = resolve(path);
    if (skipped.has(full) || hashes.has(full) || depth > 8) return;
    const info = await stat(full).catch(() => null);
    if (info === null) return;
    if (info.isDirectory()) {
      for (const name of await readdir(full)) await visit(join(full, name), depth + 1);
      return;
    }
    hashes.set(full, createHash("sha256").update(await readFile(full)).digest("hex"));
  };
  for (const path of paths) await visit(path, 0);
  return hashes;
}

/**
 * The inputs named on a command line: every argument that exists on disk, except the values of --out and --json.
 * @example inputsOf(["build", "a.xlsx", "--progress", "进展", "--out", "b.xlsx"]) // { inputs: ["a.xlsx", "进展", …], outputs: ["b.xlsx"] }
 */
export function inputsOf(argv: readonly string[]): { inputs: string[]; outputs: string[] } {
  const inputs: string[] = [];
  const outputs: string[] = [];
  argv.forEach((arg, index) => {
    const option = argv[index - 1];
    if (option !== undefined && OUTPUT_OPTIONS.has(option)) outputs.push(arg);
    else if (!arg.startsWith("--")) inputs.push(arg);
  });
  return { inputs, outputs };
}

/**
 * A command of the command line that checks, around every run, that its inputs' SHA-256 did not change: the test
 * fails if any file the command read (workbook, --progress files and folders, --settings, --resolutions) was written.
 * @example const runBuild = keepingInputs(realRunBuild); await runBuild([SAMPLE, "--as-of", "2007-10-31"], captureIO())
 */
export function keepingInputs(command: (argv: string[], io: CliIO) => Promise<number>): (argv: string[], io: CliIO) => Promise<number> {
  return async (argv, io) => {
    const { inputs, outputs } = inputsOf(argv);
    const before = await hashInputs(inputs, outputs);
    const code = await command(argv, io);
    const after = await hashInputs([...before.keys()], outputs);
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before));
    return code;
  };
}
