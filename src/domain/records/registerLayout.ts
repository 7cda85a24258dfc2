import type { SheetLayout } from "../layout";
import { REGISTER_HEADERS, REGISTER_SHEET, type RegisterEntry } from "./supervisionRegister";

/**
 * The 督办登记 sheet: earlier entries as they are (with the clerk's 反馈日期 and 办结日期), then the new notices.
 * @example registerLayout([...readRegister(grid), ...newEntries]).name // "督办登记"
 */
export function registerLayout(entries: readonly RegisterEntry[]): SheetLayout {
  const last = REGISTER_HEADERS.length - 1;
  return {
    name: REGISTER_SHEET,
    kind: "register",
    values: [[...REGISTER_HEADERS], ...entries.map((entry) => [entry.number, entry.department, entry.tasks, entry.issued, entry.due, entry.answered, entry.closed, entry.asOf])],
    columnWidths: [16, 16, 60, 12, 12, 12, 12, 12],
    merges: [],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: last }, style: { bold: true, fill: "#D9E1F2", border: true, horizontal: "center" } },
      ...(entries.length > 0 ? [{ range: { top: 1, left: 0, bottom: entries.length, right: last }, style: { border: true, wrap: true, vertical: "top" as const } }] : []),
    ],
    freezeRows: 1,
  };
}
