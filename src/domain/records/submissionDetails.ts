import { templatePeriod } from "../templates/templatePeriod";
import type { HashedReport } from "./hashReports";

/**
 * One row of a report received, as the 报送明细 keeps it: enough to evaluate the period again with the figures
 * first imported (recordedReportRows) when the report is later sent again with other content.
 */
export interface SubmissionDetail {
  period: string;
  department: string;
  file: string;
  sheet: string;
  /** The row's cell (its progress text) and sheet row, as the report had them. */
  cell: string;
  row: number;
  /** 序号, 工作任务 and the template's task key as the report gave them ("" when none). */
  id: string;
  title: string;
  templateTaskId: string;
  /** 完成值 (null when none) and its 单位 ("" when none). */
  value: number | null;
  unit: string;
  /** 进展情况 as read. */
  text: string;
  /** The figures' as-of date (截至), "" when the report did not say. */
  asOf: string;
  /** The SHA-256 of the whole report this row belongs to (the 报送记录's 内容核对码). */
  hash: string;
}

/**
 * The rows of a period's reports (hashReports) as 报送明细 rows, each carrying its report's SHA-256 (as submissionRecords gives it).
 * @example submissionDetails(hashReports(rows), { asOf: "2007-10-31" })[0] // { period: "2007-10", department: "省金融办", id: "17", text: "已与4家…", value: null, … }
 */
export function submissionDetails(reports: readonly HashedReport[], request: { asOf: string }): SubmissionDetail[] {
  const period = templatePeriod(request.asOf).key;
  return reports.flatMap(({ rows: group, hash }) =>
    group.map((row) => ({
      period,
      department: row.department,
      file: row.source.file ?? "",
      sheet: row.source.sheet,
      cell: row.source.cell,
      row: row.source.row,
      id: row.id ?? "",
      title: row.title ?? "",
      templateTaskId: row.templateTaskId ?? "",
      value: typeof row.value === "number" ? row.value : null,
      unit: row.unit ?? "",
      text: row.text,
      asOf: row.asOf ?? "",
      hash,
    })),
  );
}
