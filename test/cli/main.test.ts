import { spawn } from "node:child_process";
import { readFile, readdir, writeFile, copyFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { main as mainCommand } from "../../src/cli/main";
import { reportUnexpectedError } from "../../src/cli/reportUnexpectedError";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const main = keepingInputs(mainCommand);

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "examples", "工业项目年2007.xlsx");
const PROGRESS = join(ROOT, "examples", "progress");
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

describe("progress-ledger --version and <command> --help", () => {
  it("prints the version of package.json and exits 0", async () => {
    const io = captureIO();
    expect(await main(["--version"], io)).toBe(0);
    const version = (JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(io.stdout).toEqual([`progress-ledger ${version}`]);
  });

  it.each([
    ["check", ["--sheet", "--json", "--force", "--lang", "--help"]],
    ["build", ["--as-of", "--progress", "--out", "--json", "--force", "--settings", "--resolutions", "--sheet", "--confirm-changed", "--lang", "--help"]],
    ["templates", ["--as-of", "--out", "--sheet", "--force", "--lang", "--help"]],
    ["notices", ["--as-of", "--progress", "--out", "--date", "--statuses", "--due-soon", "--feedback-days", "--issuer", "--first-number", "--register-out", "--settings", "--resolutions", "--sheet", "--confirm-changed", "--force", "--lang", "--help"]],
    ["import-text", ["--out", "--json", "--sheet", "--level", "--unmarked", "--force", "--lang", "--help"]],
    ["demo", ["--lang", "--help"]],
  ])("%s --help names every option and exits 0", async (command, options) => {
    const io = captureIO();
    expect(await main([command, "--help"], io)).toBe(0);
    const help = io.stdout.join("\n");
    for (const option of options) expect(help).toContain(option);
  });
});

describe("progress-ledger with --json - (the report on standard output)", () => {
  it("writes only the JSON report to standard output and the clerk's text to standard error", async () => {
    const io = captureIO();
    expect(await main(["build", SAMPLE, "--progress", PROGRESS, "--as-of", "2007-10-31", "--json", "-"], io)).toBe(0);
    const report = JSON.parse(io.stdout.join("\n")) as { asOf: string; tasks: unknown[] };
    expect(report.asOf).toBe("2007-10-31");
    expect(report.tasks.length).toBeGreaterThan(10);
    expect(io.stderr.join("\n")).toMatch(/截至2007-10-31，序时进度/);
  });
});

describe("progress-ledger build --progress with several files and a wildcard", () => {
  it("reads every file after one --progress, and expands * itself", async () => {
    const folder = temporaryFolder("progress-args-");
    for (const name of await readdir(PROGRESS)) await copyFile(join(PROGRESS, name), join(folder, name));
    const [xlsx, csv] = [(await readdir(folder)).find((name) => name.endsWith(".xlsx")) ?? "", (await readdir(folder)).find((name) => name.endsWith(".csv")) ?? ""];
    const listed = captureIO();
    await main(["build", SAMPLE, "--progress", join(folder, xlsx), join(folder, csv), "--as-of", "2007-10-31"], listed);
    const globbed = captureIO();
    await main(["build", SAMPLE, "--progress", join(folder, "*.*"), "--as-of", "2007-10-31"], globbed);
    const whole = captureIO();
    await main(["build", SAMPLE, "--progress", folder, "--as-of", "2007-10-31"], whole);
    const rows = (io: ReturnType<typeof captureIO>): string => io.stdout.find((line) => line.startsWith("进展行")) ?? "";
    expect(rows(listed)).toMatch(/（4张表）/);
    expect(rows(listed)).toBe(rows(whole));
    expect(rows(globbed)).toBe(rows(whole));
  });
});

describe("an unexpected error", () => {
  it("prints a short message without a stack and writes the details to a log file", async () => {
    const folder = temporaryFolder("log-");
    const message = reportUnexpectedError(new TypeError("Cannot read properties of undefined (reading 'x')"), ["check", "a.xlsx"], folder);
    expect(message).toMatch(/内部错误.*详细信息已写入/);
    expect(message).not.toMatch(STACK_LINE);
    const log = await readFile(join(folder, "progress-ledger-错误记录.log"), "utf8");
    expect(log).toMatch(STACK_LINE);
    expect(log).toContain('["check","a.xlsx"]');
  });

  it("reaches the clerk as that message when a command fails inside, the details logged in the system's temporary folder", async () => {
    const io = captureIO();
    const failing = {
      ...io,
      out: (): void => {
        throw new Error("写入失败");
      },
    };
    // The system's temporary folder is a test folder here, so the log does not stay behind.
    const folder = temporaryFolder("log-");
    const systemTemporary = jest.spyOn(os, "tmpdir").mockReturnValue(folder);
    try {
      expect(await mainCommand(["check", SAMPLE], failing)).toBe(2);
    } finally {
      systemTemporary.mockRestore();
    }
    expect(io.stderr.join("\n")).toMatch(/内部错误（写入失败）/);
    expect(io.stderr.join("\n")).not.toMatch(STACK_LINE);
    expect(await readFile(join(folder, "progress-ledger-错误记录.log"), "utf8")).toContain("写入失败");
  });
});

describe("a closed standard output (progress-ledger check … | head -1)", () => {
  it("ends quietly, without a stack trace", async () => {
    const child = spawn(process.execPath, ["-r", join(__dirname, "tsRegister.cjs"), "-e", `require(${JSON.stringify(join(ROOT, "src", "cli", "main.ts"))}).main(["build", ${JSON.stringify(SAMPLE)}, "--progress", ${JSON.stringify(PROGRESS)}, "--as-of", "2007-10-31"]).then((code) => { process.exitCode = code; })`], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).not.toMatch(/EPIPE|Error:/);
    expect([0, 1]).toContain(code);
  }, 60_000);
});

describe("writing a file all at once", () => {
  it("keeps an existing file without --force and leaves no temporary file behind", async () => {
    const { writeFileAtomically } = await import("../../src/cli/writeFileAtomically");
    const folder = temporaryFolder("atomic-");
    const target = join(folder, "报告.json");
    await writeFile(target, "旧内容");
    expect((await writeFileAtomically(target, "新内容", { overwrite: false }))?.code).toBe("EEXIST");
    expect(await readFile(target, "utf8")).toBe("旧内容");
    expect(await writeFileAtomically(target, "新内容", { overwrite: true })).toBeNull();
    expect(await readFile(target, "utf8")).toBe("新内容");
    expect(await readdir(folder)).toEqual(["报告.json"]);
  });

  it("leaves the folder as it was when the rename fails", async () => {
    const { writeFileAtomically } = await import("../../src/cli/writeFileAtomically");
    const folder = temporaryFolder("atomic-");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(join(folder, "结果.xlsx"));
    await writeFile(join(folder, "结果.xlsx", "里面.txt"), "x");
    const failure = await writeFileAtomically(join(folder, "结果.xlsx"), new Uint8Array([1, 2, 3]), { overwrite: true });
    expect(failure?.zh).toMatch(/无法写入/);
    expect((await readdir(folder)).sort()).toEqual(["结果.xlsx"]);
    expect(await readdir(join(folder, "结果.xlsx"))).toEqual(["里面.txt"]);
  });
});
