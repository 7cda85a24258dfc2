import type { Problem } from "../problem";
import type { ProgressRow } from "../progress/progressRow";
import { templatePeriod } from "../templates/templatePeriod";
import { recordedReportRows } from "./recordedReportRows";
import { reportContentHash } from "./reportContentHash";
import { reportGroups } from "./reportGroups";
import type { SubmissionDetail } from "./submissionDetails";
import type { SubmissionRecord } from "./submissionRecords";

/** A recorded report whose content changed when its period was built again, and which figures the evaluation took. */
export interface ChangedReport {
  period: string;
  department: string;
  file: string;
  sheet: string;
  /** When the recorded content was imported. */
  recordedAt: string;
  /** "recorded": the recorded figures (报送明细) are used; "new": the new ones (confirmed, or none were recorded). */
  kept: "recorded" | "new";
  /** Why the new figures are used: the clerk confirmed, or the record has a fingerprint only. */
  reason?: "confirmed" | "no-details";
  /** The record's 内容核对码 cell in the 报送记录 sheet. */
  cell: string;
}

/**
 * History never changes silently (docs/RULES.md#records): each report of this build that was recorded before for
 * the same period (报送记录: period, department, file, sheet) with other content (SHA-256) is `recorded-report-changed`.
 * Unless the clerk confirmed, the evaluation keeps the recorded figures — the report's rows are replaced by those of
 * the 报送明细 (a warning naming department, file and period); a record holding a fingerprint only cannot give them
 * back, so the new figures are used and the warning says so. Confirmed: the new figures, an info.
 * @example keepRecordedReports(rows, { records, details, asOf: "2007-10-31", confirmChanged: false, sheet: "报送记录" }).changed[0].kept // "recorded"
 */
export function keepRecordedReports(
  rows: readonly ProgressRow[],
  request: { records: readonly SubmissionRecord[]; details: readonly SubmissionDetail[]; asOf: string; confirmChanged: boolean; sheet: string },
): { rows: ProgressRow[]; changed: ChangedReport[]; problems: Problem[] } {
  // Nothing recorded yet (a period's first import): nothing to keep.
  if (request.records.length === 0) return { rows: rows.slice(), changed: [], problems: [] };
  const period = templatePeriod(request.asOf);
  const replaced = new Map<ProgressRow, ProgressRow[]>();
  const dropped = new Set<ProgressRow>();
  const changed: ChangedReport[] = [];
  const problems: Problem[] = [];
  for (const group of reportGroups(rows)) {
    const first = group[0];
    const file = first.source.file ?? "";
    const index = request.records.findIndex((record) => record.period === period.key && record.department === first.department && record.file === file && record.sheet === first.source.sheet);
    if (index < 0) continue;
    const record = request.records[index];
    if (record.hash === reportContentHash(group)) continue;
    const details = request.details.filter((detail) => detail.period === record.period && detail.department === record.department && detail.file === record.file && detail.sheet === record.sheet && detail.hash === record.hash);
    const kept = !request.confirmChanged && details.length > 0 ? "recorded" : "new";
    const reason = request.confirmChanged ? "confirmed" : details.length === 0 ? "no-details" : undefined;
    const report: ChangedReport = { period: record.period, department: record.department, file: record.file, sheet: record.sheet, recordedAt: record.imported, kept, ...(reason !== undefined ? { reason } : {}), cell: `G${index + 2}` };
    changed.push(report);
    problems.push(changedReportProblem(report, period.label, request.sheet));
    if (kept === "recorded") {
      replaced.set(first, recordedReportRows(details));
      for (const row of group.slice(1)) dropped.add(row);
    }
  }
  const kept = rows.flatMap((row) => replaced.get(row) ?? (dropped.has(row) ? [] : [row]));
  return { rows: kept, changed, problems };
}

function changedReportProblem(report: ChangedReport, periodLabel: string, sheet: string): Problem {
  const name = report.file || report.sheet;
  const where = { sheet, cell: report.cell };
  if (report.reason === "confirmed") {
    return { code: "recorded-report-changed", severity: "info", ...where, message: `${report.department}报送的${periodLabel}进展“${name}”内容已变，已按确认采用新数字，报送记录更新并注明更正。`, messageEn: `${report.department}'s report "${name}" for ${report.period} changed; the new figures are used as confirmed and the record is updated with the correction noted.` };
  }
  const differs = `${report.department}报送的${periodLabel}进展“${name}”与${report.recordedAt}导入时记录的内容不同`;
  const confirm = "请核实变化；确认采用新数字时，在任务窗格选“采用新数字”，或命令行加 --confirm-changed 后重新生成。";
  if (report.reason === "no-details") {
    return { code: "recorded-report-changed", severity: "warning", ...where, message: `${differs}；报送记录只存了内容核对码、没有当时的数字，本次只能采用新数字，报送记录保留原记录。${confirm}`, messageEn: `${report.department}'s report "${name}" for ${report.period} differs from what was recorded on ${report.recordedAt}; the record holds a fingerprint only, so the new figures are used and the record is kept. Check the change; confirm it (--confirm-changed) to update the record.` };
  }
  return { code: "recorded-report-changed", severity: "warning", ...where, message: `${differs}；台账、通报和督办单沿用报送明细中记录的数字，报送记录不变。${confirm}`, messageEn: `${report.department}'s report "${name}" for ${report.period} differs from what was recorded on ${report.recordedAt}; the ledger, circular and notices keep the recorded figures (报送明细) and the record is kept. Check the change; confirm it ("use the new figures", or --confirm-changed) to take the new ones.` };
}
