import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/excelJsWorkbook";
import { portLedgerService } from "../../../src/taskpane/services/portLedgerService";
import type { LedgerService, ProgressOutcome } from "../../../src/taskpane/services/ledgerService";
import { sample2007Workbook } from "./sample2007Workbook";
import { AS_OF, PROGRESS, ROSTER_SHEET, TASK_SHEET } from "../../../example-generators/industrialYear2007";

const FILE = "工业项目年2007.xlsx";

/** The 2007 工业项目年 sample (吉政办明电〔2007〕23号, examples/工业项目年2007.xlsx): task table, roster and the progress sheets kept in the workbook. */
function sampleWorkbook(): ExcelJsWorkbook {
  return new ExcelJsWorkbook(sample2007Workbook(), FILE);
}

/** A department's own progress file (省发展改革委-1至10月进展.xlsx), as bytes the clerk picks. */
async function departmentFile(): Promise<{ name: string; bytes: ArrayBuffer }> {
  const progress = PROGRESS.find((sheet) => sheet.file?.endsWith(".xlsx"));
  if (!progress?.file) throw new Error("sample has no .xlsx progress file");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.addRow([progress.title]);
  sheet.addRow(progress.header);
  for (const row of progress.rows) sheet.addRow(row);
  const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
  return { name: progress.file, bytes: buffer };
}

function evaluationOf(outcome: ProgressOutcome, id: string) {
  const evaluation = outcome.evaluations.find((candidate) => candidate.task.id === id);
  if (!evaluation) throw new Error(`no task ${id}`);
  return evaluation;
}

describe("portLedgerService over an ExcelJS workbook (the standalone page's service)", () => {
  let port: ExcelJsWorkbook;
  let service: LedgerService;
  beforeEach(() => {
    port = sampleWorkbook();
    service = portLedgerService(port, { host: "browser", workbookName: FILE });
  });

  test("detects the task table's columns, with every column offered for correction", async () => {
    const detected = await service.detectColumns(TASK_SHEET);
    expect(detected.headerRow).toBe(2);
    expect(detected.columns).toMatchObject({ id: 0, title: 1, target: 2, lead: 3, supporting: 4, deadline: 5, leader: 6 });
    expect(detected.choices.map((choice) => `${choice.letter} ${choice.header}`)).toEqual(["A 序号", "B 工作任务", "C 年度目标", "D 牵头单位", "E 配合单位", "F 完成时限", "G 分管领导"]);
    const roster = await service.detectColumns(ROSTER_SHEET);
    expect(roster.headerRow).toBeNull();
  });

  test("step 1 reads the 17 tasks with their leads, against the 部门名录 roster", async () => {
    const checked = await service.check({ sheet: TASK_SHEET });
    expect(checked.report?.tasks).toHaveLength(17);
    expect(checked.report?.rosterSheet).toBe(ROSTER_SHEET);
    expect(checked.report?.headerRow).toBe(2);
    expect(checked.report?.tasks.find((task) => task.id === "4")?.leads).toEqual(["省发展改革委"]);
    expect(checked.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  });

  test("a corrected column map is used: without the lead column every task lacks its lead", async () => {
    const checked = await service.check({ sheet: TASK_SHEET, columns: { id: 0, title: 1, target: 2, deadline: 5 } });
    expect(checked.report?.columns).toEqual({ id: 0, title: 1, target: 2, deadline: 5 });
    expect(checked.problems.map((problem) => [problem.code, problem.severity])).toEqual(Array.from({ length: 17 }, () => ["missing-lead", "error"]));
  });

  test("step 2: the progress sheet and a department's file are matched and evaluated at the end of October", async () => {
    const checked = await service.check({ sheet: TASK_SHEET });
    const check = checked.report;
    if (!check || !service.buildProgress || !service.addProgressFile) throw new Error("no report or no progress steps");
    const file = await departmentFile();
    const added = await service.addProgressFile(file.name, file.bytes);
    expect(added.problems).toEqual([]);
    expect(added.file?.name).toBe("省发展改革委-1至10月进展.xlsx");

    const outcome = await service.buildProgress({ check, asOf: AS_OF, sheets: ["省经委进展"], fileIds: [added.file?.id ?? ""], resolutions: {} });
    expect(outcome.expectedProgress).toBeCloseTo(10 / 12, 4);
    // 1-10月全省完成工业投资1438.6亿元 against 1700亿元: 84.6%, above 83.3%.
    expect(evaluationOf(outcome, "1").ratio).toBeCloseTo(1438.6 / 1700, 3);
    expect(evaluationOf(outcome, "1").status).toBe("on-schedule");
    // 完成规模以上工业总产值4390亿元 against 5500亿元: 79.8%, below 83.3%.
    expect(evaluationOf(outcome, "10").ratio).toBeCloseTo(4390 / 5500, 3);
    expect(evaluationOf(outcome, "10").status).toBe("lagging");
    // The development commission's own file: １－１０月工业大项目完成投资２４１．４亿元 against 284亿元.
    expect(evaluationOf(outcome, "4").ratio).toBeCloseTo(241.4 / 284, 3);
    // 全省工业用电量 belongs to no task: listed for the clerk at its cell, never guessed.
    expect(outcome.unmatched.map((row) => [row.key, row.title])).toEqual([[`${FILE}|省经委进展|C14`, "全省工业用电量"]]);
    expect(outcome.unmatched[0].location).toEqual({ file: FILE, sheet: "省经委进展", cell: "C14" });

    const resolved = await service.buildProgress({ check, asOf: AS_OF, sheets: ["省经委进展"], fileIds: [added.file?.id ?? ""], resolutions: { [outcome.unmatched[0].key]: null } });
    expect(resolved.unmatched).toEqual([]);
  });

  test("step 2 remembers the clerk's assignment in 对应记录, kept in the saved file; reopened, the row is assigned as last month and can be undone", async () => {
    const check = (await service.check({ sheet: TASK_SHEET })).report;
    if (!check || !service.buildProgress) throw new Error("no report or no progress steps");
    const key = `${FILE}|省经委进展|C14`;
    await service.buildProgress({ check, asOf: AS_OF, sheets: ["省经委进展"], fileIds: [], resolutions: { [key]: null } });
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load((await port.toBytes()) as unknown as ArrayBuffer);
    expect(reopened.getWorksheet("对应记录")?.getRow(2).values).toEqual([undefined, "省经委", "全省工业用电量", "不计入", "", AS_OF]);

    const next = portLedgerService(new ExcelJsWorkbook(reopened, FILE), { host: "browser", workbookName: FILE });
    const nextCheck = (await next.check({ sheet: TASK_SHEET })).report;
    if (!nextCheck || !next.buildProgress) throw new Error("no report or no progress steps");
    const remembered = await next.buildProgress({ check: nextCheck, asOf: "2007-11-30", sheets: ["省经委进展"], fileIds: [], resolutions: {} });
    expect(remembered.unmatched).toEqual([]);
    expect(remembered.assigned).toEqual([expect.objectContaining({ key, title: "全省工业用电量", taskId: null, remembered: true })]);
    const undone = await next.buildProgress({ check: nextCheck, asOf: "2007-11-30", sheets: ["省经委进展"], fileIds: [], resolutions: {}, forgotten: [key] });
    expect(undone.assigned).toEqual([]);
    expect(undone.unmatched.map((row) => row.key)).toEqual([key]);
  });

  test("step 3: the plan counts the statuses; writing adds the ledger and the summary and gives the circular's paragraph", async () => {
    const checked = await service.check({ sheet: TASK_SHEET });
    const check = checked.report;
    if (!check || !service.buildProgress || !service.planLedger || !service.writeLedger) throw new Error("no report or no ledger steps");
    const outcome = await service.buildProgress({ check, asOf: AS_OF, sheets: ["省经委进展", "省商务厅等"], fileIds: [], resolutions: {} });
    const plan = await service.planLedger(outcome, "zh");
    expect(plan.ledgerSheet).toBe("台账 2007-10");
    expect(plan.summarySheet).toBe("通报汇总 2007-10");
    expect(plan.taskCount).toBe(17);
    expect(Object.values(plan.statusCounts).reduce((sum, count) => sum + count, 0)).toBe(17);
    expect(plan.statusCounts["on-schedule"]).toBe(outcome.evaluations.filter((evaluation) => evaluation.status === "on-schedule").length);
    expect(plan.wouldOverwrite).toEqual([]);

    const written = await service.writeLedger(outcome, "zh");
    expect(written.ledgerSheet).toBe("台账 2007-10");
    expect(await service.listSheets()).toEqual(expect.arrayContaining([TASK_SHEET, "台账 2007-10", "通报汇总 2007-10"]));
    expect(written.circular).toMatch(/^截至10月末，列入本次通报的量化指标任务共\d+项/);
    expect(port.selection).toEqual({ sheet: "台账 2007-10", address: "A1" });
    // The task table itself is never modified.
    const taskGrid = await service.readSheet(TASK_SHEET);
    expect(taskGrid.rows[1]).toEqual(["序号", "工作任务", "年度目标", "牵头单位", "配合单位", "完成时限", "分管领导"]);
  });

  test("import: recognised tasks become a task table sheet that step 1 reads back", async () => {
    const imported = await service.importText(
      ["（一）约束性指标。", "", "耕地保有量保持在553万公顷。（省国土资源厅牵头）", "", "城乡三项基本医疗保险参保率达到92％。（省人力资源社会保障厅、省卫生厅按职责分工负责）"].join("\n"),
    );
    expect(imported.tasks.map((task) => [task.title, task.leads, task.responsibility])).toEqual([
      ["耕地保有量保持在553万公顷。", ["省国土资源厅"], "lead"],
      ["城乡三项基本医疗保险参保率达到92％。", [], "joint"],
    ]);
    await service.createTaskSheet("任务分解表", imported.tasks);
    expect(port.selection).toEqual({ sheet: "任务分解表", address: "A1" });
    const checked = await service.check({ sheet: "任务分解表" });
    expect(checked.report?.tasks.map((task) => task.leads)).toEqual([["省国土资源厅"], []]);
    expect(checked.problems.map((problem) => problem.code)).toContain("joint-responsibility");
  });

  test("documents: a .txt is decoded (GB18030 too), other files are refused with what to do", async () => {
    const line = "耕地保有量保持在553万公顷。（省国土资源厅牵头）";
    // The line saved as GB18030 by Notepad on a Chinese Windows.
    const gbk = new Uint8Array([184, 251, 181, 216, 177, 163, 211, 208, 193, 191, 177, 163, 179, 214, 212, 218, 53, 53, 51, 205, 242, 185, 171, 199, 234, 161, 163, 163, 168, 202, 161, 185, 250, 205, 193, 215, 202, 212, 180, 204, 252, 199, 163, 205, 183, 163, 169]);
    expect(await service.readDocument("分工.txt", gbk.buffer)).toEqual({ text: line, problems: [] });
    expect(await service.readDocument("分工.txt", new TextEncoder().encode(line).buffer as ArrayBuffer)).toEqual({ text: line, problems: [] });
    const refused = await service.readDocument("分工.doc", new ArrayBuffer(8));
    expect(refused.text).toBeNull();
    expect(refused.problems[0].code).toBe("unreadable-file");
    expect(refused.problems[0].message).toContain(".docx");
    const broken = await service.readDocument("分工.docx", new Uint8Array([1, 2, 3, 4]).buffer);
    expect(broken.text).toBeNull();
    expect(broken.problems[0].message).toContain("另存为 .docx");
  });

  test("settings: saved with the workbook, applied to step 2 at once, and a visible 设置 sheet wins", async () => {
    if (!service.readSettings || !service.saveSettings || !service.buildProgress) throw new Error("no settings");
    expect((await service.readSettings()).settings.laggingBadlyGap).toBe(30);
    const check = (await service.check({ sheet: TASK_SHEET })).report;
    if (!check) throw new Error("no report");
    const request = { check, asOf: AS_OF, sheets: ["省经委进展"], fileIds: [], resolutions: {} };
    // 4390 of 5500亿元 is 79.8%, 3.5 points below 83.3%: lagging at the default gap of 30 points …
    expect(evaluationOf(await service.buildProgress(request), "10").status).toBe("lagging");

    const saved = await service.saveSettings({ ...(await service.readSettings()).settings, laggingBadlyGap: 3 });
    expect(saved).toEqual({ settings: expect.objectContaining({ laggingBadlyGap: 3 }), problems: [], settingsSheet: null });
    expect(await port.readSettings()).toMatchObject({ laggingBadlyGap: 3, dueSoonDays: 15 });
    // … lagging badly once the clerk saved a gap of 3 points.
    expect(evaluationOf(await service.buildProgress(request), "10").status).toBe("lagging-badly");

    await port.writeSheet({ name: "设置", values: [["严重滞后差距（百分点）", 5]], columnWidths: [20, 10], merges: [], styles: [] }, { overwrite: true });
    const withSheet = await service.readSettings();
    expect(withSheet.settings.laggingBadlyGap).toBe(5);
    expect(withSheet.settingsSheet).toBe("设置");
    expect(evaluationOf(await service.buildProgress(request), "10").status).toBe("lagging");
  });
});
