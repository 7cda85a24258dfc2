import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { hashReports } from "../../../src/domain/records/hashReports";
import { reportContentHash } from "../../../src/domain/records/reportContentHash";

const FILE = "省商务厅等-2007年1-10月进展.xlsx";
const row = (department: string, text: string, cell: string): ProgressRow => ({ text, department, source: { file: FILE, sheet: "进展", cell, row: Number(cell.slice(1)) } });

describe("hashReports", () => {
  it("gives each report of a shared sheet (one per reporting department) its own rows and fingerprint", () => {
    const rows = [row("省商务厅", "外贸进出口增长12%", "E3"), row("省统计局", "开工170个", "E4"), row("省商务厅", "引进外资8.2亿美元", "E5")];
    const reports = hashReports(rows);
    expect(reports.map((report) => report.rows.map((entry) => entry.source.cell))).toEqual([["E3", "E5"], ["E4"]]);
    expect(reports.map((report) => report.hash)).toEqual([reportContentHash([rows[0], rows[2]]), reportContentHash([rows[1]])]);
    expect(reports[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(reports[0].hash).not.toBe(reports[1].hash);
    expect(hashReports([])).toEqual([]);
  });
});
