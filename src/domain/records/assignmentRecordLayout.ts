import type { SheetLayout } from "../layout";
import { ASSIGNMENT_HEADERS, ASSIGNMENT_SHEET, NOT_COUNTED_ID, type AssignmentRecord } from "./assignmentRecord";

/**
 * The 对应记录 sheet: a row per remembered assignment (填报单位, 进展表中的任务, 对应任务序号 or 不计入, 对应任务, the
 * as-of date of the month it was made), read back next month by readAssignmentRecords. Text cells stay text.
 * @example assignmentRecordLayout([{ department: "省经委", rowTask: "全省工业用电量", taskId: null, taskTitle: "", asOf: "2007-10-31" }]).values[1] // ["省经委", "全省工业用电量", "不计入", "", "2007-10-31"]
 */
export function assignmentRecordLayout(records: readonly AssignmentRecord[]): SheetLayout {
  const last = ASSIGNMENT_HEADERS.length - 1;
  return {
    name: ASSIGNMENT_SHEET,
    kind: "register",
    values: [[...ASSIGNMENT_HEADERS], ...records.map((record) => [record.department, record.rowTask, record.taskId ?? NOT_COUNTED_ID, record.taskTitle, record.asOf])],
    columnWidths: [18, 40, 12, 40, 16],
    merges: [],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: last }, style: { bold: true, fontName: "黑体", fill: "#D9E1F2", border: true, horizontal: "center" } },
      ...(records.length > 0 ? [{ range: { top: 1, left: 0, bottom: records.length, right: last }, style: { fontName: "宋体", border: true, wrap: true, vertical: "top" as const, numberFormat: "@" } }] : []),
    ],
    freezeRows: 1,
  };
}
