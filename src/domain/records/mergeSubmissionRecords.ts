import type { SubmissionRecord } from "./submissionRecords";

const sameReport = (a: SubmissionRecord, b: SubmissionRecord) => a.period === b.period && a.department === b.department && a.file === b.file && a.sheet === b.sheet;

/**
 * The 报送记录 after this import: every earlier record kept as it was; a report seen for the first time appended; a
 * report recorded before whose content changed (another SHA-256) keeps its record unless the clerk confirmed
 * (`confirmChanged`), then is updated with the change noted in 备注 (更正, the old fingerprint and date), never
 * silently. The change itself is told where the figures are chosen (keepRecordedReports, `recorded-report-changed`).
 * @example mergeSubmissionRecords(previous, current, { confirmChanged: true }).records[0].remark // "更正：2007-11-20 10:00重新导入，…"
 */
export function mergeSubmissionRecords(previous: readonly SubmissionRecord[], current: readonly SubmissionRecord[], options: { confirmChanged: boolean }): { records: SubmissionRecord[] } {
  const records = previous.map((record) => ({ ...record }));
  for (const report of current) {
    const index = records.findIndex((record) => sameReport(record, report));
    if (index < 0) {
      records.push(report);
      continue;
    }
    const recorded = records[index];
    if (recorded.hash === report.hash || !options.confirmChanged) continue;
    const note = `更正：${report.imported}重新导入，内容与${recorded.imported}所记不同（原核对码${recorded.hash.slice(0, 12)}…）`;
    records[index] = { ...report, remark: recorded.remark !== "" ? `${recorded.remark}；${note}` : note };
  }
  return { records };
}
