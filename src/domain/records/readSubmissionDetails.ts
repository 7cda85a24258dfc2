import type { SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import { DETAIL_HEADERS } from "./submissionDetailLayout";
import type { SubmissionDetail } from "./submissionDetails";

/**
 * The rows of a 报送明细 sheet written before (submissionDetailLayout), null when the sheet is not one.
 * @example readSubmissionDetails(readBack("报送明细"))?.[0].text // "已与4家国有商业银行建立联系制度"
 */
export function readSubmissionDetails(grid: SheetGrid): SubmissionDetail[] | null {
  const header = (grid.rows[0] ?? []).map((value) => cellText(value ?? null).trim());
  if (DETAIL_HEADERS.some((name, col) => header[col] !== name)) return null;
  return grid.rows.slice(1).filter((row) => row.some((value) => cellText(value ?? null).trim() !== "")).map((row) => {
    const text = (col: number) => cellText(row[col] ?? null).trim();
    const figure = row[9];
    const value = typeof figure === "number" ? figure : text(9) !== "" && Number.isFinite(Number(text(9))) ? Number(text(9)) : null;
    return {
      period: text(0), department: text(1), file: text(2), sheet: text(3), cell: text(4), row: Number(text(5)) || 0,
      id: text(6), title: text(7), templateTaskId: text(8), value, unit: text(10),
      // The text as written, leading and trailing spaces too: the fingerprint is of the text as imported.
      text: cellText(row[11] ?? null), asOf: text(12), hash: text(13),
    };
  });
}
