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
  const recorded = byReport(previous);
  const imported = byReport(current);
  const details: SubmissionDetail[] = [];
  for (const record of records) {
    const key = reportOf(record);
    for (const detail of recorded.get(key) ?? imported.get(key) ?? []) details.push(detail);
  }
  return details;
}

/** Details grouped by the report they belong to, in their order (each list is read once, not once per record). */
function byReport(details: readonly SubmissionDetail[]): Map<string, SubmissionDetail[]> {
  const groups = new Map<string, SubmissionDetail[]>();
  for (const detail of details) {
    const key = reportOf(detail);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [detail]);
    else group.push(detail);
  }
  return groups;
}
