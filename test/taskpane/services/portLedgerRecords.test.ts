import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/excelJsWorkbook";
import { portLedgerService } from "../../../src/taskpane/services/portLedgerService";
import type { LedgerService, ProgressOutcome } from "../../../src/taskpane/services/ledgerService";
import { sample2007Workbook } from "./sample2007Workbook";
import { AS_OF, TASK_SHEET } from "../../../example-generators/industrialYear2007";

const FILE = "工业项目年2007.xlsx";

/** The 2007 sample as the page opens it; `total` is the 省经委's figure for 完成规模以上工业总产值 (its report says 4390亿元). */
async function sampleBytes(total = "4390"): Promise<ArrayBuffer> {
  const workbook = sample2007Workbook((text) => text.replace("工业总产值4390亿元", `工业总产值${total}亿元`));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

async function open(bytes: ArrayBuffer, name = FILE): Promise<{ port: ExcelJsWorkbook; service: LedgerService }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const port = new ExcelJsWorkbook(workbook, name);
  return { port, service: portLedgerService(port, { host: "browser", workbookName: name }) };
}

async function step2(service: LedgerService, confirmChanged?: boolean): Promise<ProgressOutcome> {
  const check = (await service.check({ sheet: TASK_SHEET })).report;
  if (!check || !service.buildProgress) throw new Error("no report");
  return service.buildProgress({ check, asOf: AS_OF, sheets: ["省经委进展", "省商务厅等"], fileIds: [], resolutions: {}, ...(confirmChanged !== undefined ? { confirmChanged } : {}) });
}

const figureOf = (outcome: ProgressOutcome, id: string) => outcome.evaluations.find((evaluation) => evaluation.task.id === id)?.actual;

/** Sheet `name` of the workbook as saved, rows of values. */
async function savedSheet(port: ExcelJsWorkbook, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await port.toBytes()) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("the page's service keeps the records: 报送记录 when the ledger is written, 督办登记 when notices are made", () => {
  test("writing the ledger records the reports; making notices registers them; both are in the workbook saved", async () => {
    const { port, service } = await open(await sampleBytes());
    const outcome = await step2(service);
    const written = await service.writeLedger!(outcome, "zh");
    expect(written.recorded).toEqual({ reports: 4, detailRows: 15 });
    const records = await savedSheet(port, "报送记录");
    expect(records[0]).toEqual(["期间", "报送单位", "文件", "工作表", "导入时间", "行数", "内容核对码（SHA-256）", "备注"]);
    expect(records.slice(1).map((row) => [row[0], row[1], row[3], row[5]])).toEqual([
      ["2007-10", "省经委", "省经委进展", 12],
      ["2007-10", "省商务厅", "省商务厅等", 1],
      ["2007-10", "省劳动保障厅", "省商务厅等", 1],
      ["2007-10", "省统计局", "省商务厅等", 1],
    ]);
    // 导入时间: the local minute with its offset written out.
    expect(String(records[1][4])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2}$/);
    expect((await savedSheet(port, "报送明细")).length).toBe(16);

    const notices = await service.makeNotices!(outcome, "2007-11-05");
    const zip = await JSZip.loadAsync(notices.bytes);
    const register = await savedSheet(port, "督办登记");
    expect(register[0]).toEqual(["督办编号", "督办单位", "督办任务", "督办日期", "反馈时限", "反馈日期", "办结日期", "进展截至"]);
    const numbers = register.slice(1).map((row) => row[0]);
    expect(numbers[0]).toBe("〔2007〕第1号");
    expect(notices.added).toEqual(numbers);
    expect(notices.reused).toEqual([]);
    expect(Object.keys(zip.files).filter((name) => name.includes("督办单"))).toHaveLength(numbers.length);
    // Made again for the same period and tasks: the same notices and numbers, no second row.
    const again = await service.makeNotices!(outcome, "2007-11-20");
    expect([again.added, again.reused]).toEqual([[], numbers]);
    expect((await savedSheet(port, "督办登记")).slice(1).map((row) => row[0])).toEqual(numbers);
  });

  test("a report sent again with another figure: the recorded figure kept until the clerk takes the new one", async () => {
    const first = await open(await sampleBytes());
    await first.service.writeLedger!(await step2(first.service), "zh");
    // The workbook downloaded, the 省经委's sheet replaced by its report sent again: 4800亿元.
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await first.port.toBytes()) as unknown as ArrayBuffer);
    const resent = new ExcelJS.Workbook();
    await resent.xlsx.load(await sampleBytes("4800"));
    saved.getWorksheet("省经委进展")!.getCell("C10").value = resent.getWorksheet("省经委进展")!.getCell("C10").value;
    // Opened under the name the download got: the report in the workbook's own sheet is the same report.
    const { port, service } = await open((await saved.xlsx.writeBuffer()) as ArrayBuffer, "工业项目年2007（督查台账）.xlsx");

    const kept = await step2(service);
    expect(kept.changedReports).toEqual([expect.objectContaining({ department: "省经委", sheet: "省经委进展", kept: "recorded" })]);
    expect(figureOf(kept, "10")).toBe(4390);
    // The kept report is located in the workbook open now.
    const report = kept.evaluations.find((evaluation) => evaluation.task.id === "10")?.reports[0];
    expect(report?.source).toMatchObject({ file: "工业项目年2007（督查台账）.xlsx", sheet: "省经委进展", cell: "C10" });
    const confirmed = await step2(service, true);
    expect(figureOf(confirmed, "10")).toBe(4800);
    await service.writeLedger!(confirmed, "zh");
    const records = await savedSheet(port, "报送记录");
    expect(String(records[1][7])).toMatch(/^更正：/);
    expect(figureOf(await step2(service), "10")).toBe(4800);
  });
});
