import type { SheetLayout } from "../layout";
import type { SubmissionDetail } from "./submissionDetails";

export const DETAIL_SHEET = "报送明细";
export const DETAIL_HEADERS = ["期间", "报送单位", "文件", "工作表", "单元格", "行号", "序号", "工作任务", "模板任务号", "完成值", "单位", "进展情况", "截至日期", "内容核对码（SHA-256）"] as const;

/**
 * The 报送明细 sheet: each recorded report's rows as imported (task, figure, unit, text), with the report's
 * SHA-256, so that a rebuilt period can keep the recorded figures (recordedReportRows).
 * @example submissionDetailLayout(details).values[0][11] // "进展情况"
 */
export function submissionDetailLayout(details: readonly SubmissionDetail[]): SheetLayout {
  const values: SheetLayout["values"] = [
    [...DETAIL_HEADERS],
    ...details.map((detail) => [detail.period, detail.department, detail.file, detail.sheet, detail.cell, detail.row, detail.id, detail.title, detail.templateTaskId, detail.value ?? "", detail.unit, detail.text, detail.asOf, detail.hash]),
  ];
  const last = DETAIL_HEADERS.length - 1;
  return {
    name: DETAIL_SHEET,
    kind: "register",
    values,
    columnWidths: [10, 16, 30, 12, 8, 6, 6, 30, 10, 10, 8, 60, 12, 20],
    merges: [],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: last }, style: { bold: true, fill: "#D9E1F2", border: true, horizontal: "center" } },
      ...(details.length > 0 ? [{ range: { top: 1, left: 0, bottom: details.length, right: last }, style: { border: true } }] : []),
    ],
    freezeRows: 1,
  };
}
