import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runCheck as runCheckCommand } from "../../src/cli/commands/check";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const runCheck = keepingInputs(runCheckCommand);

const FIXTURES = join(__dirname, "..", "fixtures");

interface ReportJson {
  tasks: { id: string; title: string; leads: string[]; supporting: string[]; responsibility: string; deadline: string | null; source: { sheet: string; row: number } }[];
  problems: { code: string; severity: string; sheet?: string; cell?: string; message: string }[];
}

describe("progress-ledger check on a workbook with one of each fault (test/fixtures/sample-faults.xlsx)", () => {
  let report: ReportJson;
  let exitCode: number;
  let lines: string[];

  beforeAll(async () => {
    const folder = temporaryFolder("check-");
    const io = captureIO();
    exitCode = await runCheck([join(FIXTURES, "sample-faults.xlsx"), "--json", join(folder, "report.json")], io);
    lines = io.stdout;
    report = JSON.parse(await readFile(join(folder, "report.json"), "utf8")) as ReportJson;
  });

  it("exits 1 because there are errors", () => {
    expect(exitCode).toBe(1);
  });

  it.each([
    ["missing-lead", "error", "C4"],
    ["unknown-department", "error", "C5"],
    ["lead-also-supporting", "warning", "D6"],
    ["multiple-leads", "warning", "C7"],
    ["joint-responsibility", "warning", "C8"],
    ["duplicate-id", "error", "A9"],
    ["duplicate-task", "warning", "B10"],
    ["bad-deadline", "error", "E11"],
    ["empty-title", "error", "B12"],
  ])("reports %s (%s) at 任务分解表!%s", (code, severity, cell) => {
    const found = report.problems.filter((problem) => problem.code === code);
    expect(found.map((problem) => problem.cell)).toContain(cell);
    expect(found.find((problem) => problem.cell === cell)).toMatchObject({ severity, sheet: "任务分解表" });
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^任务分解表!${cell}  ${severity}  ${code}  .+`)));
  });

  it("suggests the roster's name for the misspelt 省发展改委", () => {
    const unknown = report.problems.find((problem) => problem.code === "unknown-department" && problem.cell === "C5");
    expect(unknown?.message).toContain("省发展改革委");
  });

  it("does not report multiple leads for 分别牵头, nor anything on the clean first row", () => {
    expect(report.problems.filter((problem) => problem.cell?.endsWith("13") && problem.code === "multiple-leads")).toEqual([]);
    expect(report.problems.filter((problem) => /^[A-Z]+3$/.test(problem.cell ?? ""))).toEqual([]);
    const respective = report.tasks.find((task) => task.title === "加快推进长吉一体化进程。");
    expect(respective).toMatchObject({ responsibility: "respective", leads: ["长春市政府", "吉林市政府"], supporting: ["省发展改革委"] });
  });

  it("reads every task with its source row and ISO deadline", () => {
    expect(report.tasks[0]).toMatchObject({ id: "1", title: "耕地保有量保持在553万公顷。", leads: ["省国土资源厅"], deadline: "2011-12-31", source: { sheet: "任务分解表", row: 3 } });
    expect(report.tasks.find((task) => task.source.row === 6)).toMatchObject({ leads: ["省林业厅"], supporting: ["省林业厅", "省环保厅"] });
  });
});

describe("progress-ledger check: files it cannot use", () => {
  it("exits 2 with a message naming the file when it does not exist", async () => {
    const io = captureIO();
    expect(await runCheck(["没有这个文件.xlsx"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("找不到文件“没有这个文件.xlsx”");
  });

  it("exits 2 when no sheet holds a task table, saying which headers it looked for", async () => {
    const folder = temporaryFolder("check-");
    const file = join(folder, "通讯录.csv");
    await writeFile(file, "姓名,电话\n张三,123\n", "utf8");
    const io = captureIO();
    expect(await runCheck([file], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/no-task-table/);
  });

  it("exits 2 on unknown options instead of guessing", async () => {
    const io = captureIO();
    expect(await runCheck(["a.xlsx", "--shet", "x"], io)).toBe(2);
  });
});
