import type { SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import { SUBMISSION_HEADERS } from "./submissionRecordLayout";
import type { SubmissionRecord } from "./submissionRecords";

/**
 * The records of a 报送记录 sheet written before (submissionRecordLayout), null when the sheet is not one.
 * @example readSubmissionRecords(readBack("报送记录"))?.[0].hash // "3f…"
 */
export function readSubmissionRecords(grid: SheetGrid): SubmissionRecord[] | null {
  const header = (grid.rows[0] ?? []).map((value) => cellText(value ?? null).trim());
  if (SUBMISSION_HEADERS.some((name, col) => header[col] !== name)) return null;
  return grid.rows.slice(1).filter((row) => row.some((value) => cellText(value ?? null).trim() !== "")).map((row) => {
    const text = (col: number) => cellText(row[col] ?? null).trim();
    return { period: text(0), department: text(1), file: text(2), sheet: text(3), imported: text(4), rows: Number(text(5)) || 0, hash: text(6), remark: text(7) };
  });
}
