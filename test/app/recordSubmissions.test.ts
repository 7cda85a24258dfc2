import { checkWorkbook } from "../../src/app/checkWorkbook";
import { computeProgress } from "../../src/app/computeProgress";
import { recordSubmissions } from "../../src/app/recordSubmissions";
import { AS_OF } from "../../example-generators/industrialYear2007";
import { industrialYearSheets } from "./industrialYear2007";
import { MemoryWorkbook } from "./memoryWorkbook";

async function checked(port: MemoryWorkbook) {
  const result = await checkWorkbook(port);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const statusOf = (progress: Awaited<ReturnType<typeof computeProgress>>, id: string) => progress.built.evaluations.find((evaluation) => evaluation.task.id === id);

/** The 省经委 sends its October report again: 完成规模以上工业总产值 4800亿元 instead of 4390亿元. */
function resend(port: MemoryWorkbook): void {
  const index = port.sheets.findIndex((grid) => grid.name === "省经委进展");
  const sheet = port.sheets[index];
  // A new grid: the sample's rows are shared with other tests.
  port.sheets[index] = { ...sheet, rows: sheet.rows.map((cells) => (cells[0] === "10" ? [cells[0], cells[1], "完成规模以上工业总产值4800亿元", cells[3]] : cells)) };
}

describe("recordSubmissions and the recorded figures of a rebuilt period (2007 sample, as of 2007-10-31)", () => {
  it("records each report with its SHA-256 (报送记录) and its rows (报送明细), neither read as progress afterwards", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const progress = await computeProgress(port, { check, asOf: AS_OF });
    const kept = await recordSubmissions(port, { rows: progress.reportedRows, asOf: AS_OF, imported: "2007-11-03 09:30 +08:00", confirmChanged: false });
    expect(kept.records.map((record) => [record.period, record.department, record.sheet, record.rows])).toEqual([
      ["2007-10", "省经委", "省经委进展", 12],
      ["2007-10", "省商务厅", "省商务厅等", 1],
      ["2007-10", "省劳动保障厅", "省商务厅等", 1],
      ["2007-10", "省统计局", "省商务厅等", 1],
    ]);
    expect(port.writes).toEqual(["报送记录", "报送明细"]);
    const details = port.sheets.find((grid) => grid.name === "报送明细");
    expect(details?.rows[0]).toEqual(["期间", "报送单位", "文件", "工作表", "单元格", "行号", "序号", "工作任务", "模板任务号", "完成值", "单位", "进展情况", "截至日期", "内容核对码（SHA-256）"]);
    expect(details?.rows.find((row) => row[6] === "10")?.slice(0, 8)).toEqual(["2007-10", "省经委", null, "省经委进展", "C10", 10, "10", "完成规模以上工业总产值"]);
    expect(details?.rows.find((row) => row[6] === "10")?.[11]).toBe("完成规模以上工业总产值4390亿元");

    const again = await computeProgress(port, { check, asOf: AS_OF });
    expect(again.sources.map((source) => source.sheet)).toEqual(progress.sources.map((source) => source.sheet));
    expect(again.changedReports).toEqual([]);
    expect(again.problems.filter((problem) => problem.code === "recorded-report-changed")).toEqual([]);
  });

  it("keeps the recorded figures of a report sent again with other content, says so, and takes the new ones only when confirmed", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const first = await computeProgress(port, { check, asOf: AS_OF });
    const recorded = await recordSubmissions(port, { rows: first.reportedRows, asOf: AS_OF, imported: "2007-11-03 09:30 +08:00", confirmChanged: false });
    // 4390 of 5500亿元: 79.8%, below the expected 83.3%.
    expect(statusOf(first, "10")?.status).toBe("lagging");
    resend(port);

    const kept = await computeProgress(port, { check, asOf: AS_OF });
    expect(kept.changedReports).toEqual([{ period: "2007-10", department: "省经委", file: "", sheet: "省经委进展", recordedAt: "2007-11-03 09:30 +08:00", kept: "recorded", cell: "G2" }]);
    expect(statusOf(kept, "10")?.actual).toBe(4390);
    expect(statusOf(kept, "10")?.status).toBe("lagging");
    expect(kept.problems.filter((problem) => problem.code === "recorded-report-changed")).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "报送记录",
        cell: "G2",
        message: "省经委报送的2007年1-10月进展“省经委进展”与2007-11-03 09:30 +08:00导入时记录的内容不同；台账、通报和督办单沿用报送明细中记录的数字，报送记录不变。请核实变化；确认采用新数字时，在任务窗格选“采用新数字”，或命令行加 --confirm-changed 后重新生成。",
      }),
    ]);
    // Recording what was used changes nothing: the record and its rows stay as they were.
    const unchanged = await recordSubmissions(port, { rows: kept.reportedRows, asOf: AS_OF, imported: "2007-11-20 10:00 +08:00", confirmChanged: false });
    expect(unchanged.records).toEqual(recorded.records);
    expect(unchanged.details).toEqual(recorded.details);

    const confirmed = await computeProgress(port, { check, asOf: AS_OF, confirmChanged: true });
    expect(confirmed.changedReports[0]).toMatchObject({ kept: "new", reason: "confirmed" });
    // 4800 of 5500亿元: 87.3%, on schedule.
    expect(statusOf(confirmed, "10")?.actual).toBe(4800);
    expect(statusOf(confirmed, "10")?.status).toBe("on-schedule");
    expect(confirmed.problems.find((problem) => problem.code === "recorded-report-changed")?.severity).toBe("info");
    const updated = await recordSubmissions(port, { rows: confirmed.reportedRows, asOf: AS_OF, imported: "2007-11-20 10:00 +08:00", confirmChanged: true });
    expect(updated.records[0].hash).not.toBe(recorded.records[0].hash);
    expect(updated.records[0].remark).toBe(`更正：2007-11-20 10:00 +08:00重新导入，内容与2007-11-03 09:30 +08:00所记不同（原核对码${recorded.records[0].hash.slice(0, 12)}…）`);
    expect(updated.records.slice(1)).toEqual(recorded.records.slice(1));
    expect(updated.details.find((detail) => detail.id === "10")?.text).toBe("完成规模以上工业总产值4800亿元");

    // The period rebuilt once more: the confirmed content is the record now, nothing to tell.
    const settled = await computeProgress(port, { check, asOf: AS_OF });
    expect(settled.changedReports).toEqual([]);
    expect(statusOf(settled, "10")?.actual).toBe(4800);
  });

  it("uses the new figures and says why when the record holds a fingerprint only (no 报送明细)", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const first = await computeProgress(port, { check, asOf: AS_OF });
    await recordSubmissions(port, { rows: first.reportedRows, asOf: AS_OF, imported: "2007-11-03 09:30 +08:00", confirmChanged: false });
    port.sheets.splice(port.sheets.findIndex((grid) => grid.name === "报送明细"), 1);
    resend(port);
    const progress = await computeProgress(port, { check, asOf: AS_OF });
    expect(progress.changedReports[0]).toMatchObject({ department: "省经委", kept: "new", reason: "no-details" });
    expect(statusOf(progress, "10")?.actual).toBe(4800);
    const problem = progress.problems.find((candidate) => candidate.code === "recorded-report-changed");
    expect(problem).toMatchObject({ severity: "warning", sheet: "报送记录", cell: "G2" });
    expect(problem?.message).toContain("报送记录只存了内容核对码、没有当时的数字，本次只能采用新数字，报送记录保留原记录");
    // The record is kept as it was, and still has no rows to give back.
    const kept = await recordSubmissions(port, { rows: progress.reportedRows, asOf: AS_OF, imported: "2007-11-20 10:00 +08:00", confirmChanged: false });
    expect(kept.records[0].imported).toBe("2007-11-03 09:30 +08:00");
    expect(kept.details.some((detail) => detail.department === "省经委")).toBe(false);
  });

  it("reads the records in the pane's way too: only the chosen sheets, the roster, 设置 and the records", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const first = await computeProgress(port, { check, asOf: AS_OF, sheetNames: ["省经委进展"] });
    await recordSubmissions(port, { rows: first.reportedRows, asOf: AS_OF, imported: "2007-11-03 09:30 +08:00", confirmChanged: false });
    resend(port);
    const read = jest.spyOn(port, "readSheet");
    const progress = await computeProgress(port, { check, asOf: AS_OF, sheetNames: ["省经委进展"] });
    expect(read.mock.calls.map(([name]) => name).sort()).toEqual([check.rosterSheet, "省经委进展", "报送明细", "报送记录"].sort());
    expect(statusOf(progress, "10")?.actual).toBe(4390);
  });
});
