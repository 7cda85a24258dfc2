import type { Problem } from "../problem";
import type { SubmissionRecord } from "./submissionRecords";

const sameReport = (a: SubmissionRecord, b: SubmissionRecord) => a.period === b.period && a.department === b.department && a.file === b.file && a.sheet === b.sheet;

/**
 * The 报送记录 after this import: every earlier record kept as it was; a report seen for the first time appended; a
 * report recorded before whose content changed (another SHA-256) is `recorded-report-changed` — its record kept
 * unless the clerk confirmed (`confirmChanged`), then updated with the change noted in 备注 (更正, the old
 * fingerprint and date), never silently.
 * @example mergeSubmissionRecords(previous, current, { confirmChanged: false }).problems[0].code // "recorded-report-changed"
 */
export function mergeSubmissionRecords(previous: readonly SubmissionRecord[], current: readonly SubmissionRecord[], options: { confirmChanged: boolean; sheet: string }): { records: SubmissionRecord[]; problems: Problem[] } {
  const records = previous.map((record) => ({ ...record }));
  const problems: Problem[] = [];
  for (const report of current) {
    const index = records.findIndex((record) => sameReport(record, report));
    if (index < 0) {
      records.push(report);
      continue;
    }
    const recorded = records[index];
    if (recorded.hash === report.hash) continue;
    const where = { sheet: options.sheet, cell: `G${index + 2}` };
    if (options.confirmChanged) {
      const note = `更正：${report.imported}重新导入，内容与${recorded.imported}所记不同（原核对码${recorded.hash.slice(0, 12)}…）`;
      records[index] = { ...report, remark: recorded.remark !== "" ? `${recorded.remark}；${note}` : note };
      problems.push({ code: "recorded-report-changed", severity: "info", ...where, message: `${report.department}${report.period}期报送的“${report.file || report.sheet}”内容已变，已按确认更新报送记录并注明更正。`, messageEn: `${report.department}'s report "${report.file || report.sheet}" for ${report.period} changed; the record was updated as confirmed, the correction noted.` });
      continue;
    }
    problems.push({
      code: "recorded-report-changed",
      severity: "warning",
      ...where,
      message: `${report.department}${report.period}期报送的“${report.file || report.sheet}”与${recorded.imported}导入时记录的内容不同，报送记录保留原记录。请核实变化；确认采用新内容时请勾选确认（命令行加 --confirm-changed）后重新生成。`,
      messageEn: `${report.department}'s report "${report.file || report.sheet}" for ${report.period} differs from what was recorded on ${recorded.imported}; the record is kept. Check the change; confirm it (--confirm-changed) to update the record.`,
    });
  }
  return { records, problems };
}
