import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { computeProgress } from "../../../src/app/computeProgress";
import { issueSupervisionNotices } from "../../../src/app/issueSupervisionNotices";
import { recordSubmissions } from "../../../src/app/recordSubmissions";
import type { WorkbookPort } from "../../../src/workbook/workbookPort";
import { officeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { AS_OF } from "../../../example-generators/industrialYear2007";
import { departmentFile, industrialYearSheets } from "../../app/industrialYear2007";
import { fakeDocumentSettings } from "./fakeDocumentSettings";
import { strictExcel, type StrictExcel } from "./strictExcelFake";

/** The 2007 sample in the strict fake, 省经委's report for task 3 written the way a formula would start. */
function sample(): StrictExcel {
  const excel = strictExcel();
  for (const grid of industrialYearSheets()) {
    const rows = grid.rows.map((row) => row.map((cell) => (grid.name === "省经委进展" && typeof cell === "string" && cell.startsWith("已开工建设亿元") ? `=${cell}` : cell)));
    excel.workbook.addSheet(grid.name, { rows: rows as never });
  }
  return excel;
}

async function evaluated(port: WorkbookPort) {
  const check = await checkWorkbook(port);
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return computeProgress(port, { check: check.value, asOf: AS_OF, files: [departmentFile()] });
}

/** Syncs a call makes through the port. */
async function syncsOf(excel: StrictExcel, call: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs.length;
  await call();
  return excel.syncs.length - before;
}

const portOf = (excel: StrictExcel) => officeWorkbook((batch) => excel.run({ delayForCellEdit: true }, batch), () => fakeDocumentSettings().settings);

describe("the record sheets through Office.js (strict fake): 报送记录, 报送明细, 督办登记", () => {
  it("creates the 报送记录 and 报送明细, text as text, in as many syncs for one report as for all", async () => {
    const excel = sample();
    const port = portOf(excel);
    const progress = await evaluated(port);
    const sheets = await port.readAllSheets();
    const all = await syncsOf(excel, () => recordSubmissions(port, { rows: progress.reportedRows, asOf: AS_OF, imported: "2007-11-03 09:30 +08:00", confirmChanged: false, sheets }));
    expect(all).toBeGreaterThan(1);
    expect(excel.workbook.names.slice(-2)).toEqual(["报送记录", "报送明细"]);
    const records = excel.workbook.find("报送记录")!;
    expect(records.rows[0]).toEqual(["期间", "报送单位", "文件", "工作表", "导入时间", "行数", "内容核对码（SHA-256）", "备注"]);
    const first = records.rows.findIndex((row) => row?.[1] === "省经委");
    // The period Excel would turn into a date: text under "@"; the 导入时间 with its offset is no date to Excel, text as written.
    expect([records.cell(first, 0), records.format(first, 0)]).toEqual(["2007-10", "@"]);
    expect(records.cell(first, 4)).toBe("2007-11-03 09:30 +08:00");
    expect(records.cell(first, 5)).toBe(12);
    expect(String(records.cell(first, 6))).toMatch(/^[0-9a-f]{64}$/);
    // The report starting with "=" is kept as the text it was, never a formula.
    const details = excel.workbook.find("报送明细")!;
    const formulaLike = details.rows.findIndex((row) => typeof row?.[11] === "string" && row[11].startsWith("=已开工建设亿元"));
    expect(formulaLike).toBeGreaterThan(0);
    expect(details.format(formulaLike, 11)).toBe("@");

    const one = sample();
    const onePort = portOf(one);
    const oneReport = progress.reportedRows.filter((row) => row.department === "省统计局");
    const oneSheets = await onePort.readAllSheets();
    expect(await syncsOf(one, () => recordSubmissions(onePort, { rows: oneReport, asOf: AS_OF, imported: "2007-11-03 09:30 +08:00", confirmChanged: false, sheets: oneSheets }))).toBe(all);
  });

  it("registers notices in the 督办登记, keeps the dates the clerk typed on rewrite, and takes as many syncs for one notice as for two", async () => {
    const excel = sample();
    const port = portOf(excel);
    const computed = await evaluated(port);
    const progress = { evaluations: computed.built.evaluations, expectedProgress: computed.expectedProgress, notReported: computed.notReported };
    const statuses = { noticeStatuses: ["lagging", "lagging-badly", "overdue"] as const, noticeFeedbackDays: 10 };
    const settings = { ...statuses, noticeStatuses: [...statuses.noticeStatuses] };
    const two = await syncsOf(excel, () => issueSupervisionNotices(port, { progress, asOf: AS_OF, issued: "2007-11-05", settings, register: true }));
    const register = excel.workbook.find("督办登记")!;
    expect(register.rows.slice(0, 3)).toEqual([
      ["督办编号", "督办单位", "督办任务", "督办日期", "反馈时限", "反馈日期", "办结日期", "进展截至"],
      ["〔2007〕第1号", "省经委", "2、5、10、14", "2007-11-05", "2007-11-15", null, null, AS_OF],
      ["〔2007〕第2号", "省发展改革委", "7", "2007-11-05", "2007-11-15", null, null, AS_OF],
    ]);
    expect([register.format(1, 3), register.format(1, 4), register.format(1, 7)]).toEqual(["@", "@", "@"]);

    // The clerk types the answer date of the first notice: Excel keeps a date serial shown as a date.
    register.rows[1][5] = 39398;
    register.formats[1][5] = "yyyy-mm-dd";
    register.rows[1][6] = "已办结";
    const changed = { ...progress, evaluations: progress.evaluations.map((evaluation) => (evaluation.task.id === "14" ? { ...evaluation, status: "on-schedule" as const } : evaluation)) };
    const again = await issueSupervisionNotices(port, { progress: changed, asOf: AS_OF, issued: "2007-11-20", settings, register: true });
    expect([again.added, again.reused]).toEqual([["〔2007〕第3号"], ["〔2007〕第2号"]]);
    const rewritten = excel.workbook.find("督办登记")!;
    expect(rewritten.rows.slice(1, 4).map((row) => row.slice(0, 7))).toEqual([
      ["〔2007〕第1号", "省经委", "2、5、10、14", "2007-11-05", "2007-11-15", "2007-11-12", "已办结"],
      ["〔2007〕第2号", "省发展改革委", "7", "2007-11-05", "2007-11-15", null, null],
      ["〔2007〕第3号", "省经委", "2、5、10", "2007-11-20", "2007-11-30", null, null],
    ]);

    const single = sample();
    const singlePort = portOf(single);
    const onlyBadly = { ...settings, noticeStatuses: ["lagging-badly" as const] };
    expect(await syncsOf(single, () => issueSupervisionNotices(singlePort, { progress, asOf: AS_OF, issued: "2007-11-05", settings: onlyBadly, register: true }))).toBe(two);
    expect(single.workbook.find("督办登记")!.rows.length).toBe(2);
  });
});
