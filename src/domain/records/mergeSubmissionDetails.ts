import type { SubmissionDetail } from "./submissionDetails";
import type { SubmissionRecord } from "./submissionRecords";

const reportOf = (entry: { period: string; department: string; file: string; sheet: string; hash: string }) => [entry.period, entry.department, entry.file, entry.sheet, entry.hash].join("|");

/**
 * The 报送明细 that goes with the 报送记录 after an import (mergeSubmissionRecords): for each record, the rows of
 * the report content it fingerprints — those recorded before when there are (history is not rewritten), else
 * those of this import. A record kept from before this sheet existed (a fingerprint only) has none.
 * @example mergeSubmissionDetails(merged.records, previousDetails, currentDetails).length // 12
 */
export function mergeSubmissionDetails(records: readonly SubmissionRecord[], previous: readonly SubmissionDetail[], current: readonly SubmissionDetail[]): SubmissionDetail[] {
  const details: SubmissionDetail[] = [];
  for (const record of records) {
    const key = reportOf(record);
    const recorded = previous.filter((detail) => reportOf(detail) === key);
    details.push(...(recorded.length > 0 ? recorded : current.filter((detail) => reportOf(detail) === key)));
  }
  return details;
}
