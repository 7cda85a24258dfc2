import type { SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { cellText } from "../text/cellText";

/** One supervision notice issued (督办登记): the clerk fills 反馈日期 and 办结日期 as answers come. */
export interface RegisterEntry {
  number: string;
  department: string;
  tasks: string;
  issued: string;
  due: string;
  answered: string;
  closed: string;
}

export const REGISTER_SHEET = "督办登记";
const HEADERS = ["督办编号", "督办单位", "督办任务", "督办日期", "反馈时限", "反馈日期", "办结日期"] as const;

/**
 * The entries of a 督办登记 sheet written before, [] when the sheet is not one.
 * @example readRegister(readBack("督办登记"))[0].number // "〔2007〕第1号"
 */
export function readRegister(grid: SheetGrid): RegisterEntry[] {
  const header = (grid.rows[0] ?? []).map((value) => cellText(value ?? null).trim());
  if (HEADERS.some((name, col) => header[col] !== name)) return [];
  return grid.rows.slice(1).filter((row) => cellText(row[0] ?? null).trim() !== "").map((row) => {
    const text = (col: number) => cellText(row[col] ?? null).trim();
    return { number: text(0), department: text(1), tasks: text(2), issued: text(3), due: text(4), answered: text(5), closed: text(6) };
  });
}

/**
 * The 督办登记 sheet: earlier entries as they are (with the clerk's 反馈日期 and 办结日期), then the new notices.
 * @example registerLayout([...readRegister(grid), ...newEntries]).name // "督办登记"
 */
export function registerLayout(entries: readonly RegisterEntry[]): SheetLayout {
  const last = HEADERS.length - 1;
  return {
    name: REGISTER_SHEET,
    kind: "register",
    values: [[...HEADERS], ...entries.map((entry) => [entry.number, entry.department, entry.tasks, entry.issued, entry.due, entry.answered, entry.closed])],
    columnWidths: [16, 16, 60, 12, 12, 12, 12],
    merges: [],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: last }, style: { bold: true, fill: "#D9E1F2", border: true, horizontal: "center" } },
      ...(entries.length > 0 ? [{ range: { top: 1, left: 0, bottom: entries.length, right: last }, style: { border: true, wrap: true, vertical: "top" as const } }] : []),
    ],
    freezeRows: 1,
  };
}

/**
 * The next notice number of a year after those registered (〔2007〕第2号 registered → 3).
 * @example nextNoticeNumber(entries, 2007) // 3
 */
export function nextNoticeNumber(entries: readonly RegisterEntry[], year: number): number {
  const numbers = entries.map((entry) => new RegExp(`^〔${year}〕第(\\d+)号$`).exec(entry.number)).filter((match) => match !== null).map((match) => Number(match[1]));
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}
