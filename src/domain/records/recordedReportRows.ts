import type { ProgressRow } from "../progress/progressRow";
import type { SubmissionDetail } from "./submissionDetails";

/**
 * A recorded report's rows as progress rows again (from its 报送明细 rows): the figures, units and texts first
 * imported, at the cells they came from, so the period is evaluated with them — and fingerprinted as recorded
 * (reportContentHash gives the record's 内容核对码 back).
 * @example recordedReportRows(details.filter((detail) => detail.hash === record.hash))[0].text // "已与4家国有商业银行建立联系制度"
 */
export function recordedReportRows(details: readonly SubmissionDetail[]): ProgressRow[] {
  return details.map((detail) => ({
    ...(detail.id !== "" ? { id: detail.id } : {}),
    ...(detail.title !== "" ? { title: detail.title } : {}),
    text: detail.text,
    ...(detail.value !== null ? { value: detail.value } : {}),
    ...(detail.unit !== "" ? { unit: detail.unit } : {}),
    department: detail.department,
    ...(detail.asOf !== "" ? { asOf: detail.asOf } : {}),
    source: { ...(detail.file !== "" ? { file: detail.file } : {}), sheet: detail.sheet, cell: detail.cell, row: detail.row },
    ...(detail.templateTaskId !== "" ? { templateTaskId: detail.templateTaskId } : {}),
  }));
}
