import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { runNotices } from "../../src/cli/commands/notices";
import { runBuild } from "../../src/cli/commands/build";
import { runTemplates } from "../../src/cli/commands/templates";
import { captureIO } from "./captureIO";
import { fillTemplate, type TemplateEntry } from "./fillTemplate";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

const SAMPLE = "examples/工业项目年2007.xlsx";
const AS_OF = "2007-10-31";

interface Report {
  tasks: { id: string; status: string; actual: number | null; ratio: number | null; reports: { department: string; text: string; counting: boolean; source: { file?: string; sheet: string; cell: string } }[] }[];
  unmatched: unknown[];
  problems: { code: string; severity: string; file?: string; sheet?: string; cell?: string; message?: string }[];
  notReported?: { department: string; tasks: { id: string }[] }[];
}

/** The sample workbook as the clerk has it before reports come in: the task table and the roster, no progress sheets. */
async function taskTableOnly(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  for (const sheet of [...workbook.worksheets]) if (!["重点工作任务分解表", "部门名录"].includes(sheet.name)) workbook.removeWorksheet(sheet.id);
  const path = join(folder, "工业项目年2007-任务表.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The task table and the filled templates of the first part, which the notices are made from. */
const loop = { tasksOnly: "", templates: "" };

describe("report templates out, filled by the departments, imported back exactly (2007 sample, as of 2007-10-31)", () => {
  let folder: string;
  let today: Report;
  let looped: Report;
  let templates: string[];
  const templateFolder = () => join(folder, "填报表");

  beforeAll(async () => {
    folder = temporaryFolder("templates-");
    // Today's build of the sample: the departments' figures and texts as they sent them.
    expect(await runBuild([SAMPLE, "--progress", "examples/progress", "--as-of", AS_OF, "--json", join(folder, "today.json")], captureIO())).toBe(0);
    today = JSON.parse(await readFile(join(folder, "today.json"), "utf8")) as Report;

    const tasksOnly = await taskTableOnly(folder);
    const io = captureIO();
    expect(await runTemplates([tasksOnly, "--as-of", AS_OF, "--out", templateFolder()], io)).toBe(0);
    templates = (await readdir(templateFolder())).sort();

    // Each department fills its own template with what it reported: text always, the figure where it counted.
    const byDepartment = new Map<string, Map<string, TemplateEntry>>();
    for (const task of today.tasks) {
      for (const report of task.reports) {
        const entries = byDepartment.get(report.department) ?? new Map<string, TemplateEntry>();
        byDepartment.set(report.department, entries);
        entries.set(task.id, { text: report.text, ...(report.counting && task.actual !== null ? { value: task.actual } : {}) });
      }
    }
    for (const [department, entries] of byDepartment) {
      const file = templates.find((name) => name.startsWith(`${department}-`));
      if (file) await fillTemplate(join(templateFolder(), file), entries, { name: "张三", phone: "0431-88900000" });
    }
    Object.assign(loop, { tasksOnly, templates: templateFolder() });
    expect(await runBuild([tasksOnly, "--progress", templateFolder(), "--as-of", AS_OF, "--json", join(folder, "looped.json")], captureIO())).toBe(0);
    looped = JSON.parse(await readFile(join(folder, "looped.json"), "utf8")) as Report;
  }, 60000);

  it("writes one template per department leading or supporting a task, named by department and period", () => {
    expect(templates).toContain("省经委-2007年1-10月进展填报表.xlsx");
    expect(templates).toContain("省发展改革委-2007年1-10月进展填报表.xlsx");
    expect(templates).toContain("省金融办-2007年1-10月进展填报表.xlsx");
    expect(templates).toHaveLength(12);
  });

  it("lists the department's tasks with its role, protects the sheet, unlocks the input cells, validates 完成值", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(templateFolder(), "省发展改革委-2007年1-10月进展填报表.xlsx"));
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(4).values as ExcelJS.CellValue[]).slice(1, 12);
    expect(header).toEqual(["序号", "工作任务", "年度目标", "本单位职责", "进展情况", "完成值", "单位", "存在问题", "下步打算", "填报人", "联系电话"]);
    const rows = [5, 6, 7, 8, 9].map((row) => [sheet.getCell(`A${row}`).value, sheet.getCell(`D${row}`).value, sheet.getCell(`G${row}`).value]);
    expect(rows).toEqual([["1", "配合", "亿元"], ["3", "配合", "个"], ["4", "牵头", "亿元"], ["6", "配合", "亿元"], ["7", "牵头", "亿元"]]);
    expect(sheet.getColumn(12).hidden).toBe(true);
    expect(String(sheet.getCell("L7").value)).toMatch(/^督查台账填报行\|4\|2007-10\|/);
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(sheet.getCell("E7").protection?.locked).toBe(false);
    expect(sheet.getCell("B7").protection?.locked).not.toBe(false);
    expect(sheet.getCell("G7").protection?.locked).not.toBe(false);
    // Cells share styles: only the input columns of the task rows are unlocked, no other cell of any row.
    const unlocked: string[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) unlocked.push(cell.address);
    }));
    const inputs = [5, 6, 7, 8, 9].flatMap((row) => ["E", "F", "H", "I", "J", "K"].map((column) => `${column}${row}`));
    expect(unlocked.sort()).toEqual(inputs.sort());
    expect(sheet.getCell("F7").dataValidation).toMatchObject({ type: "decimal", allowBlank: true });
    expect(String(sheet.getCell("A2").value)).toContain("填报说明");
  });

  it("matches every filled row exactly by its key: nothing left for the clerk", () => {
    expect(looped.unmatched).toEqual([]);
    const sources = looped.tasks.flatMap((task) => task.reports.map((report) => report.source.file ?? ""));
    expect(sources.length).toBeGreaterThan(15);
    expect(sources.every((file) => file.endsWith("进展填报表.xlsx"))).toBe(true);
  });

  it("gives every task the status of today's sample", () => {
    const statuses = (report: Report) => Object.fromEntries(report.tasks.map((task) => [task.id, task.status]));
    expect(statuses(looped)).toEqual(statuses(today));
    expect(statuses(looped)).toMatchObject({ "1": "on-schedule", "7": "lagging-badly", "14": "overdue", "17": "no-report" });
    expect(looped.tasks.find((task) => task.id === "4")).toMatchObject({ actual: 241.4, ratio: 0.85 });
  });

  it("lists the departments to remind (催报) with their tasks in the JSON", () => {
    expect(looped.notReported).toEqual([
      { department: "省经委", reportedNothing: false, tasks: [{ id: "6", title: "组织推广工业节能降耗项目30项，总投资27亿元，当年计划投资" }] },
      { department: "省统计局", reportedNothing: true, tasks: [{ id: "11", title: "全部工业总产值完成" }] },
      { department: "省金融办", reportedNothing: true, tasks: [{ id: "17", title: "建立与国有商业银行的联系制度，定期发送项目名单" }] },
    ]);
  });

  it("raises no template problem on correctly filled templates", () => {
    expect(looped.problems.filter((problem) => problem.code.startsWith("template-"))).toEqual([]);
  });
});

describe("notices from the filled templates: 督办单 and the circular as .docx (issued 2007-11-05)", () => {
  let folder: string;
  let files: string[];
  let lines: string[];
  const text = async (name: string): Promise<string> => (await mammoth.extractRawText({ buffer: await readFile(join(folder, name)) })).value;

  beforeAll(async () => {
    folder = temporaryFolder("notices-");
    const io = captureIO();
    expect(await runNotices([loop.tasksOnly, "--progress", loop.templates, "--as-of", AS_OF, "--date", "2007-11-05", "--out", folder, "--issuer", "省政府督查室"], io)).toBe(0);
    lines = io.stdout;
    files = (await readdir(folder)).sort();
  }, 60000);

  it("writes a notice per lead department with lagging or overdue tasks, and the circular", () => {
    expect(files).toEqual(["2007年1-10月重点工作推进情况通报.docx", "省发展改革委-督办单2007第2号.docx", "省经委-督办单2007第1号.docx"]);
    expect(lines).toContainEqual("  〔2007〕第1号  省经委  4项任务，反馈时限 2007-11-15");
  });

  it("lays out the 督办单 of 省经委: number, 主送, its tasks with status, 整改要求, due date, issuer", async () => {
    const notice = await text("省经委-督办单2007第1号.docx");
    expect(notice).toContain("重点工作红色督办单");
    expect(notice).toContain("〔2007〕第1号");
    expect(notice).toContain("省经委：");
    expect(notice).toContain("你单位牵头的以下4项重点工作");
    for (const task of ["2. 工业投资比上年实际投资增长40%以上", "5. 组织推进技术创新项目500项", "10. 完成规模以上工业总产值", "14. 制定宣传方案"]) expect(notice).toContain(task);
    expect(notice).toContain("1-10月工业投资同比增长36.5%");
    expect(notice).toMatch(/70\.5%\s+滞后/);
    expect(notice).toContain("逾期");
    expect(notice).toContain("整改要求");
    expect(notice).toContain("请于2007年11月15日前将整改落实情况书面报送省政府督查室");
    expect(notice).toContain("2007年11月5日");
    expect(notice).not.toContain("特色产业园区");
  });

  it("gives 省发展改革委 its one badly lagging task", async () => {
    const notice = await text("省发展改革委-督办单2007第2号.docx");
    expect(notice).toContain("〔2007〕第2号");
    expect(notice).toContain("7. 组织推动特色产业园区50个");
    expect(notice).toMatch(/27\.9%\s+严重滞后/);
  });

  it("writes the circular with its paragraph, the 催报 sentence and the summary tables", async () => {
    const circular = await text("2007年1-10月重点工作推进情况通报.docx");
    expect(circular).toContain("截至10月末，列入本次通报的量化指标任务共");
    expect(circular).toContain("截至2007年10月31日，省统计局、省金融办未报送进展情况");
    expect(circular).toContain("省经委有1项牵头任务未报送进展情况（第6项）");
    expect(circular).toContain("任务推进情况（按牵头单位）");
    expect(circular).toMatch(/省发展改革委\s+2\s+0\s+1\s+1\s+0\s+50\.0%/);
  });
});

describe("报送记录: a rebuilt period whose recorded report changed", () => {
  let folder: string;
  const run = async (workbook: string, out: string, extra: string[] = [], io = captureIO()): Promise<Report> => {
    const json = `${out}.json`;
    await runBuild([workbook, "--progress", join(folder, "填报表"), "--as-of", AS_OF, "--out", out, "--json", json, ...extra], io);
    return JSON.parse(await readFile(json, "utf8")) as Report;
  };
  const records = async (path: string, name = "报送记录"): Promise<ExcelJS.CellValue[][]> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet(name);
    const rows: ExcelJS.CellValue[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    folder = temporaryFolder("records-");
    await runTemplates([loop.tasksOnly, "--as-of", AS_OF, "--out", join(folder, "填报表")], captureIO());
    await fillTemplate(join(folder, "填报表", "省金融办-2007年1-10月进展填报表.xlsx"), new Map([["17", { text: "已与4家国有商业银行建立联系制度" }]]), { name: "李四", phone: "0431-88900001" });
  }, 60000);

  it("records each report with its SHA-256, keeps the record when the content changed, and updates it only when confirmed", async () => {
    const first = join(folder, "第一次.xlsx");
    const io = captureIO();
    await run(loop.tasksOnly, first, [], io);
    expect(io.stdout).toContainEqual("已在报送记录中登记1份报送（报送明细 1行）");
    const recorded = await records(first);
    // 导入时间: the local minute with its offset written out.
    expect(String(recorded[1][4])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2}$/);
    expect(recorded[0]).toEqual(["期间", "报送单位", "文件", "工作表", "导入时间", "行数", "内容核对码（SHA-256）", "备注"]);
    expect(recorded.slice(1).map((row) => row.slice(0, 7))).toEqual([["2007-10", "省金融办", "省金融办-2007年1-10月进展填报表.xlsx", "进展填报", expect.any(String), 1, expect.stringMatching(/^[0-9a-f]{64}$/)]]);

    // The department sends its report again with another text; the period is rebuilt from the first output.
    await fillTemplate(join(folder, "填报表", "省金融办-2007年1-10月进展填报表.xlsx"), new Map([["17", { text: "已与5家国有商业银行建立联系制度" }]]), { name: "李四", phone: "0431-88900001" });
    const second = join(folder, "第二次.xlsx");
    const report = await run(first, second);
    expect(report.problems).toContainEqual(expect.objectContaining({ code: "recorded-report-changed", severity: "warning", sheet: "报送记录", cell: "G2" }));
    expect(report.problems.find((problem) => problem.code === "recorded-report-changed")?.message).toContain("省金融办报送的2007年1-10月进展“省金融办-2007年1-10月进展填报表.xlsx”与");
    expect((await records(second))[1][6]).toBe(recorded[1][6]);
    // The ledger keeps the recorded report: 4 banks, as first imported, not the 5 of the report sent again.
    const texts = (built: Report) => built.tasks.find((task) => task.id === "17")?.reports.map((entry) => entry.text);
    expect(texts(report)).toEqual(["已与4家国有商业银行建立联系制度"]);
    const details = await records(second, "报送明细");
    expect(details[0].slice(0, 3)).toEqual(["期间", "报送单位", "文件"]);
    expect(details.slice(1).map((row) => [row[1], row[8], row[11]])).toEqual([["省金融办", "17", "已与4家国有商业银行建立联系制度"]]);

    const third = join(folder, "第三次.xlsx");
    const confirmed = await run(first, third, ["--confirm-changed"]);
    expect(confirmed.problems).toContainEqual(expect.objectContaining({ code: "recorded-report-changed", severity: "info" }));
    expect(texts(confirmed)).toEqual(["已与5家国有商业银行建立联系制度"]);
    expect((await records(third, "报送明细")).slice(1).map((row) => row[11])).toEqual(["已与5家国有商业银行建立联系制度"]);
    const updated = (await records(third))[1];
    expect(updated[6]).not.toBe(recorded[1][6]);
    expect(String(updated[7])).toContain(`原核对码${String(recorded[1][6]).slice(0, 12)}`);
  }, 60000);
});

describe("督办登记: notices registered in a copy of the workbook, not numbered twice", () => {
  it("registers the notices, keeps the clerk's answers, and reuses the numbers when the same notices are made again", async () => {
    const folder = temporaryFolder("register-");
    const registered = join(folder, "登记1.xlsx");
    const first = captureIO();
    expect(await runNotices([SAMPLE, "--progress", "examples/progress", "--as-of", AS_OF, "--date", "2007-11-05", "--out", join(folder, "第1批"), "--register-out", registered], first)).toBe(0);
    expect(first.stdout).toContainEqual("已登记督办单2份（〔2007〕第1–2号），见督办登记表");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(registered);
    const sheet = workbook.getWorksheet("督办登记");
    expect((sheet?.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(["督办编号", "督办单位", "督办任务", "督办日期", "反馈时限", "反馈日期", "办结日期", "进展截至"]);
    expect((sheet?.getRow(2).values as ExcelJS.CellValue[]).slice(1, 6)).toEqual(["〔2007〕第1号", "省经委", "2、5、10、14", "2007-11-05", "2007-11-15"]);
    sheet!.getCell("F2").value = "2007-11-12";
    await workbook.xlsx.writeFile(registered);

    const io = captureIO();
    const again = join(folder, "登记2.xlsx");
    expect(await runNotices([registered, "--progress", "examples/progress", "--as-of", AS_OF, "--date", "2007-11-20", "--out", join(folder, "第2批"), "--register-out", again], io)).toBe(0);
    // The same period's notices again: the registered numbers and dates, no second row.
    expect(io.stdout).toContainEqual("督办单〔2007〕第1号已登记，未重复编号");
    expect(io.stdout).toContainEqual("  〔2007〕第1号  省经委  4项任务，反馈时限 2007-11-15");
    expect(io.stdout.some((line) => line.startsWith("已登记督办单"))).toBe(false);
    const next = new ExcelJS.Workbook();
    await next.xlsx.readFile(again);
    const numbers: unknown[] = [];
    next.getWorksheet("督办登记")?.eachRow((row) => numbers.push(row.getCell(1).value));
    expect(numbers).toEqual(["督办编号", "〔2007〕第1号", "〔2007〕第2号"]);
    expect(next.getWorksheet("督办登记")?.getCell("F2").value).toBe("2007-11-12");
  }, 60000);
});
