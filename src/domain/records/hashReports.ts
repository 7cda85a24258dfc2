import type { ProgressRow } from "../progress/progressRow";
import { reportContentHash } from "./reportContentHash";
import { reportGroups } from "./reportGroups";

/** A report received: its rows (one file, sheet and reporting department) and the SHA-256 of its content. */
export interface HashedReport {
  rows: ProgressRow[];
  hash: string;
}

/**
 * The reports among a period's progress rows (reportGroups), each with its content's SHA-256 (reportContentHash),
 * worked out once for both the 报送记录 (submissionRecords) and the 报送明细 (submissionDetails); `sha256` as reportContentHash takes it.
 * @example hashReports(rows).map((report) => [report.rows[0].department, report.hash]) // [["省经委", "3f…"], …]
 */
export function hashReports(rows: readonly ProgressRow[], sha256?: (text: string) => string): HashedReport[] {
  return reportGroups(rows).map((group) => ({ rows: group, hash: reportContentHash(group, sha256) }));
}
