import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { hashReports } from "../../../src/domain/records/hashReports";
import { keepRecordedReports } from "../../../src/domain/records/keepRecordedReports";
import { mergeSubmissionDetails } from "../../../src/domain/records/mergeSubmissionDetails";
import { recordedReportRows } from "../../../src/domain/records/recordedReportRows";
import { reportContentHash } from "../../../src/domain/records/reportContentHash";
import { submissionDetails } from "../../../src/domain/records/submissionDetails";
import { submissionRecords } from "../../../src/domain/records/submissionRecords";

const FILE = "省金融办-2007年1-10月进展填报表.xlsx";
/** A department's report as its template came back: the key's task, the text, no figure; and a row by 序号 with a figure. */
const report: ProgressRow[] = [
  { id: "17", title: "建立银企联系制度", text: "已与4家国有商业银行建立联系制度", department: "省金融办", asOf: "2007-10-31", source: { file: FILE, sheet: "进展填报", cell: "E5", row: 5 }, templateTaskId: "17" },
  { id: "18", text: "=新增贷款120亿元", value: 120, unit: "亿元", department: "省金融办", source: { file: FILE, sheet: "进展填报", cell: "E6", row: 6 } },
];

describe("the recorded rows of a report (报送明细)", () => {
  it("give the report back with the fingerprint it was recorded with", () => {
    const rows = recordedReportRows(submissionDetails(hashReports(report), { asOf: "2007-10-31" }));
    expect(rows).toEqual(report);
    expect(reportContentHash(rows)).toBe(submissionRecords(hashReports(report), { asOf: "2007-10-31", imported: "2007-11-03 09:30 +08:00" })[0].hash);
  });

  it("keep the recorded rows unless confirmed, in the place of the changed report's rows", () => {
    const records = submissionRecords(hashReports(report), { asOf: "2007-10-31", imported: "2007-11-03 09:30 +08:00" });
    const details = submissionDetails(hashReports(report), { asOf: "2007-10-31" });
    const other: ProgressRow = { id: "3", text: "开工170个", department: "省统计局", source: { sheet: "省商务厅等", cell: "C5", row: 5 } };
    const resent = [other, { ...report[0], text: "已与5家国有商业银行建立联系制度" }, report[1]];
    const kept = keepRecordedReports(resent, { records, details, asOf: "2007-10-31", confirmChanged: false, sheet: "报送记录" });
    expect(kept.rows.map((row) => row.text)).toEqual(["开工170个", "已与4家国有商业银行建立联系制度", "=新增贷款120亿元"]);
    expect(kept.changed).toEqual([{ period: "2007-10", department: "省金融办", file: FILE, sheet: "进展填报", recordedAt: "2007-11-03 09:30 +08:00", kept: "recorded", cell: "G2" }]);
    expect(kept.problems[0].message).toContain(`省金融办报送的2007年1-10月进展“${FILE}”与2007-11-03 09:30 +08:00导入时记录的内容不同`);

    const confirmed = keepRecordedReports(resent, { records, details, asOf: "2007-10-31", confirmChanged: true, sheet: "报送记录" });
    expect(confirmed.rows).toEqual(resent);
    expect(confirmed.problems.map((problem) => problem.severity)).toEqual(["info"]);
    // Another period's record is not this report's.
    expect(keepRecordedReports(resent, { records, details, asOf: "2007-11-30", confirmChanged: false, sheet: "报送记录" }).changed).toEqual([]);
  });

  it("stay with their record: those recorded first are kept, a record without rows gets this import's when its content is the same", () => {
    const records = submissionRecords(hashReports(report), { asOf: "2007-10-31", imported: "2007-11-03 09:30 +08:00" });
    const first = submissionDetails(hashReports(report), { asOf: "2007-10-31" });
    const moved = first.map((detail) => ({ ...detail, cell: "F9" }));
    expect(mergeSubmissionDetails(records, first, moved)).toEqual(first);
    expect(mergeSubmissionDetails(records, [], moved)).toEqual(moved);
    expect(mergeSubmissionDetails(records, [], [])).toEqual([]);
  });
});
