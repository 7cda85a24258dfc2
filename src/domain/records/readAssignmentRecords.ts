import type { SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import { ASSIGNMENT_HEADERS, NOT_COUNTED_ID, type AssignmentRecord } from "./assignmentRecord";

/**
 * The assignments a 对应记录 sheet remembers (assignmentRecordLayout), [] when the sheet is not one. Rows the clerk
 * emptied are skipped; a row whose 对应任务序号 reads 不计入 (or is empty) sets its row aside.
 * @example readAssignmentRecords(readBack("对应记录"))[0] // { department: "省经委", rowTask: "全省工业用电量", taskId: null, taskTitle: "", asOf: "2007-10-31" }
 */
export function readAssignmentRecords(grid: SheetGrid): AssignmentRecord[] {
  const header = (grid.rows[0] ?? []).map((value) => cellText(value ?? null).trim());
  if (ASSIGNMENT_HEADERS.some((name, col) => header[col] !== name)) return [];
  return grid.rows.slice(1).flatMap((row) => {
    const text = (col: number) => cellText(row[col] ?? null).trim();
    if (text(0) === "" || text(1) === "") return [];
    const id = text(2);
    return [{ department: text(0), rowTask: text(1), taskId: id === "" || id === NOT_COUNTED_ID ? null : id, taskTitle: text(3), asOf: text(4) }];
  });
}
