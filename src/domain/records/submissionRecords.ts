import { templatePeriod } from "../templates/templatePeriod";
import type { HashedReport } from "./hashReports";

/** One report received (报送记录): who sent what for which period, and a fingerprint of its content. */
export interface SubmissionRecord {
  period: string;
  department: string;
  file: string;
  sheet: string;
  /** When it was imported: local time with its offset, yyyy-mm-dd hh:mm +hh:mm, as the front gives it. */
  imported: string;
  rows: number;
  /** SHA-256 of the report's content (its rows' task, text, figure and unit, in order). */
  hash: string;
  /** The record's history (更正 …), "" when none. */
  remark: string;
}

/**
 * The reports of a period as records: the progress rows grouped by file, sheet and reporting department (hashReports),
 * each with its row count and the SHA-256 of its content, so that a later change of a recorded report is told.
 * @example submissionRecords(hashReports(rows), { asOf: "2007-10-31", imported: "2007-11-03 09:30 +08:00" })[0] // { period: "2007-10", department: "省经委", file: "省经委-2007年1-10月进展填报表.xlsx", rows: 11, hash: "…" }
 */
export function submissionRecords(reports: readonly HashedReport[], request: { asOf: string; imported: string }): SubmissionRecord[] {
  const period = templatePeriod(request.asOf).key;
  return reports.map(({ rows: group, hash }) => {
    const first = group[0];
    return { period, department: first.department, file: first.source.file ?? "", sheet: first.source.sheet, imported: request.imported, rows: group.length, hash, remark: "" };
  });
}
