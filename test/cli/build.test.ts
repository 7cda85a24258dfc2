import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runBuild as runBuildCommand } from "../../src/cli/commands/build";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const runBuild = keepingInputs(runBuildCommand);

interface BuildReportJson {
  asOf: string;
  expectedProgress: number;
  tasks: {
    id: string;
    title: string;
    leads: string[];
    source: { sheet: string; row: number };
    targets: { kind: string; value: number | null; unit: string }[];
    actual: number | null;
    ratio: number | null;
    status: string;
    reports: { department: string; text: string; counting: boolean; source: { file?: string; sheet: string; cell: string } }[];
  }[];
  unmatched: { key: string; reason: string; file?: string; sheet: string; cell: string; title?: string; candidates: { id: string }[] }[];
  problems: { code: string; severity: string; file?: string; sheet?: string; cell?: string; message: string }[];
}

/**
 * The 2007 “工业项目年” plan (吉政办明电〔2007〕23号): 全省努力完成工业投资1700亿元; 工业大项目200个，当年计划投资284亿元;
 * 领导小组于7月份对全省上半年的工业项目建设情况进行小结. A task table under a title row with a merged two-row header,
 * a 部门名录, a progress sheet of 省经委 inside the workbook, and a folder with 省发展改革委's .xlsx (figures in 万元,
 * full-width digits, title row naming the department) and a .csv from the 省统计局.
 */
async function writeFixtures(folder: string): Promise<{ workbook: string; progress: string }> {
  const workbook = new ExcelJS.Workbook();
  const tasks = workbook.addWorksheet("重点工作任务分解表");
  tasks.mergeCells("A1:F1");
  tasks.getCell("A1").value = "2007年“工业项目年”活动重点工作任务分解表";
  tasks.getRow(2).values = ["序号", "工作任务", "年度目标", "责任单位", "", "完成时限"];
  tasks.getRow(3).values = ["", "", "", "牵头单位", "配合单位", ""];
  for (const column of ["A", "B", "C", "F"]) tasks.mergeCells(`${column}2:${column}3`);
  tasks.mergeCells("D2:E2");
  tasks.addRow(["1", "全省努力完成工业投资", "完成工业投资1700亿元", "省经委", "省发展改革委、省统计局", "2007年12月31日"]);
  tasks.addRow(["2", "组织推动投资在亿元以上的工业大项目200个", "200个", "省经委", "省发展改革委", "2007年12月31日"]);
  tasks.addRow(["3", "工业大项目计划总投资798亿元，当年计划投资", "当年计划投资284亿元", "省发展改革委", "省经委", "2007年12月31日"]);
  tasks.addRow(["4", "领导小组7月份对全省上半年工业项目建设情况进行小结", "完成上半年小结", "省经委", "", "2007年7月31日"]);
  tasks.addRow(["5", "全部工业总产值完成", "全部工业总产值完成7000亿元", "省统计局", "省经委", "2007年12月31日"]);
  const roster = workbook.addWorksheet("部门名录");
  roster.addRow(["单位名称", "简称"]);
  for (const [name, short] of [["省经委", "省经济委员会"], ["省发展改革委", "省发改委"], ["省统计局", "统计局"]]) roster.addRow([name, short]);
  const own = workbook.addWorksheet("省经委进展");
  own.mergeCells("A1:D1");
  own.getCell("A1").value = "省经委“工业项目年”重点工作进展情况（1-10月）";
  own.getRow(3).values = ["序号", "工作任务", "1-10月完成情况", "填报单位"];
  own.getRow(4).values = ["1", "全省努力完成工业投资", "1-10月全省完成工业投资1438.6亿元，完成年计划的84.6%", "省经委"];
  own.getRow(5).values = ["2", "组织推动投资在亿元以上的工业大项目200个", "已开工建设亿元以上工业大项目168个", "省经委"];
  own.getRow(6).values = ["2", "组织推动投资在亿元以上的工业大项目200个", "已开工建设亿元以上工业大项目160个", "省经委"];
  own.getRow(7).values = ["3", "工业大项目当年计划投资", "工业大项目完成投资238.0亿元", "省经委"];
  own.getRow(8).values = ["4", "上半年工业项目建设情况小结", "已于7月完成上半年小结并通报", "省经委"];
  own.getRow(9).values = ["", "全省工业用电量", "1-10月全省工业用电量同比增长8.1%", "省经委"];
  const path = join(folder, "工业项目年2007.xlsx");
  await workbook.xlsx.writeFile(path);

  const progress = join(folder, "progress");
  await mkdir(progress, { recursive: true });
  const ndrc = new ExcelJS.Workbook();
  const sheet = ndrc.addWorksheet("Sheet1");
  sheet.mergeCells("A1:D1");
  sheet.getCell("A1").value = "省发展改革委重点工作推进情况表";
  sheet.getRow(2).values = ["编号", "任务名称", "进展情况", "完成值（万元）"];
  sheet.getRow(3).values = ["３", "工业大项目计划总投资798亿元，当年计划投资", "１－１０月工业大项目完成投资２４１．４亿元", "2414000"];
  await ndrc.xlsx.writeFile(join(progress, "省发展改革委-1至10月进展.xlsx"));
  await writeFile(
    join(progress, "省统计局进展.csv"),
    "\ufeff序号,工作任务,截至10月末进展情况,填报单位\r\n2,亿元以上工业大项目,亿元以上工业大项目开工170个,省统计局\r\n",
    "utf8",
  );
  await writeFile(join(progress, "说明.txt"), "不是进展文件", "utf8");
  return { workbook: path, progress };
}

describe("progress-ledger build on the 2007 “工业项目年” plan, as of 2007-10-31", () => {
  let folder: string;
  let fixtures: { workbook: string; progress: string };
  let report: BuildReportJson;
  let exitCode: number;
  let lines: string[];

  beforeAll(async () => {
    folder = temporaryFolder("build-");
    fixtures = await writeFixtures(folder);
    const io = captureIO();
    exitCode = await runBuild([fixtures.workbook, "--progress", fixtures.progress, "--as-of", "2007-10-31", "--json", join(folder, "build.json")], io);
    lines = io.stdout;
    report = JSON.parse(await readFile(join(folder, "build.json"), "utf8")) as BuildReportJson;
  }, 30000);

  const task = (id: string) => {
    const found = report.tasks.find((entry) => entry.id === id);
    if (!found) throw new Error(`task ${id} missing`);
    return found;
  };

  it("extends the check report with asOf and expectedProgress (0.8333 at the end of October)", () => {
    expect(report.asOf).toBe("2007-10-31");
    expect(report.expectedProgress).toBe(0.8333);
    expect(task("3")).toMatchObject({ leads: ["省发展改革委"], source: { sheet: "重点工作任务分解表", row: 6 } });
  });

  it("computes the 284亿元 plan against 2414000万元 reported by the lead: 85.0%, on schedule", () => {
    expect(task("3")).toMatchObject({ targets: [{ kind: "amount", value: 284, unit: "亿元" }], actual: 241.4, ratio: 0.85, status: "on-schedule" });
    expect(task("3").reports).toEqual([
      expect.objectContaining({ department: "省发展改革委", counting: true, source: { file: "省发展改革委-1至10月进展.xlsx", sheet: "Sheet1", cell: "C3" } }),
      expect.objectContaining({ department: "省经委", counting: false, source: { file: "工业项目年2007.xlsx", sheet: "省经委进展", cell: "C7" } }),
    ]);
    expect(task("1")).toMatchObject({ actual: 1438.6, ratio: 0.8462, status: "on-schedule" });
    expect(task("4")).toMatchObject({ targets: [{ kind: "milestone", value: null, unit: "" }], ratio: null, status: "done" });
    expect(task("5")).toMatchObject({ actual: null, ratio: null, status: "no-report", reports: [] });
  });

  it("lists the row matching no task with its cell and the nearest tasks", () => {
    expect(report.unmatched).toEqual([
      expect.objectContaining({ key: "工业项目年2007.xlsx|省经委进展|C9", reason: "no-match", sheet: "省经委进展", cell: "C9", title: "全省工业用电量" }),
    ]);
    expect(report.unmatched[0].candidates[0].id).toBe("1");
    expect(lines).toContainEqual(expect.stringMatching(/省经委进展!C9 {2}未对应 {2}全省工业用电量 → 最接近：1/));
  });

  it.each([
    ["conflicting-reports", "warning", "工业项目年2007.xlsx", "省经委进展", "C7"],
    ["conflicting-reports", "error", "工业项目年2007.xlsx", "省经委进展", "C6"],
    ["not-responsible", "warning", "省统计局进展.csv", "省统计局进展", "D2"],
    ["unmatched-progress", "warning", "工业项目年2007.xlsx", "省经委进展", "C9"],
  ])("reports %s (%s) at %s %s!%s", (code, severity, file, sheet, cell) => {
    expect(report.problems).toContainEqual(expect.objectContaining({ code, severity, file, sheet, cell }));
  });

  it("shows both figures of a conflict", () => {
    const conflict = report.problems.find((problem) => problem.code === "conflicting-reports" && problem.cell === "C7");
    expect(conflict?.message).toContain("241.4亿元");
    expect(conflict?.message).toContain("238亿元");
  });

  it("exits 1 because two lead rows disagree (an error), and prints the summary table", () => {
    expect(exitCode).toBe(1);
    expect(lines).toContain("截至2007-10-31，序时进度83.3%；任务表“重点工作任务分解表”共5项任务。");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}序时推进 +3$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}未报送 +1$/));
    expect(lines).toContainEqual(expect.stringMatching(/^省经委进展!C6 {2}error {2}conflicting-reports {2}/));
  });

  it("exits 2 with a message when --as-of is missing or malformed", async () => {
    for (const args of [[fixtures.workbook], [fixtures.workbook, "--as-of", "2007-13-01"], [fixtures.workbook, "--as-of", "2007/10/31"]]) {
      const io = captureIO();
      expect(await runBuild(args, io)).toBe(2);
      expect(io.stderr.join("\n")).toMatch(/截至日期|--as-of/);
    }
  });

  it("exits 2 when a --progress path does not exist", async () => {
    const io = captureIO();
    expect(await runBuild([fixtures.workbook, "--as-of", "2007-10-31", "--progress", join(folder, "缺失")], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("缺失");
  });

  it("takes the clerk's resolutions from a file", async () => {
    const resolutions = join(folder, "resolutions.json");
    await writeFile(resolutions, JSON.stringify({ "工业项目年2007.xlsx|省经委进展|C9": null }), "utf8");
    const io = captureIO();
    await runBuild([fixtures.workbook, "--progress", fixtures.progress, "--as-of", "2007-10-31", "--resolutions", resolutions, "--json", join(folder, "resolved.json")], io);
    const resolved = JSON.parse(await readFile(join(folder, "resolved.json"), "utf8")) as BuildReportJson;
    expect(resolved.unmatched).toEqual([]);
  });

  it("writes --out as a copy with the ledger and the summary, never overwriting without --force", async () => {
    const out = join(folder, "台账-2007-10.xlsx");
    const before = await stat(fixtures.workbook);
    const io = captureIO();
    await runBuild([fixtures.workbook, "--progress", fixtures.progress, "--as-of", "2007-10-31", "--out", out], io);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["重点工作任务分解表", "省经委进展", "台账 2007-10", "通报汇总 2007-10"]));
    expect((await stat(fixtures.workbook)).mtimeMs).toBe(before.mtimeMs);
    const again = captureIO();
    expect(await runBuild([fixtures.workbook, "--as-of", "2007-10-31", "--out", out], again)).toBe(2);
    expect(again.stderr.join("\n")).toContain("--force");
  }, 30000);
});
