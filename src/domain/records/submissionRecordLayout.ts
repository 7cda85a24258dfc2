import type { SheetLayout } from "../layout";
import type { SubmissionRecord } from "./submissionRecords";

export const SUBMISSION_SHEET = "报送记录";
export const SUBMISSION_HEADERS = ["期间", "报送单位", "文件", "工作表", "导入时间", "行数", "内容核对码（SHA-256）", "备注"] as const;

/**
 * The 报送记录 sheet: a row per report received, oldest first, with its SHA-256.
 * @example submissionRecordLayout(records).values[0] // ["期间", "报送单位", "文件", …]
 */
export function submissionRecordLayout(records: readonly SubmissionRecord[]): SheetLayout {
  const values: SheetLayout["values"] = [[...SUBMISSION_HEADERS], ...records.map((record) => [record.period, record.department, record.file, record.sheet, record.imported, record.rows, record.hash, record.remark])];
  const last = SUBMISSION_HEADERS.length - 1;
  return {
    name: SUBMISSION_SHEET,
    kind: "register",
    values,
    columnWidths: [10, 16, 36, 14, 18, 8, 68, 40],
    merges: [],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: last }, style: { bold: true, fill: "#D9E1F2", border: true, horizontal: "center" } },
      ...(records.length > 0 ? [{ range: { top: 1, left: 0, bottom: records.length, right: last }, style: { border: true } }] : []),
    ],
    freezeRows: 1,
  };
}
