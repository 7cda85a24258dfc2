import type { Problem } from "../problem";
import { progressCellAddress } from "./progressCellAddress";
import type { TaskReport } from "./taskReport";

/**
 * Where a problem about a task's report points: the row's progress text cell, or its 填报单位 cell.
 * @example taskReportSource(entry, "department") // { file: "进展.xlsx", sheet: "10月", cell: "B5" }
 */
export function taskReportSource(entry: TaskReport, column: "department" | "text" = "text"): Pick<Problem, "file" | "sheet" | "cell"> {
  const source = entry.match.row.source;
  const cell = column === "department" ? (progressCellAddress(entry.match.row, "department") ?? source.cell) : source.cell;
  return { ...(source.file !== undefined ? { file: source.file } : {}), sheet: source.sheet, cell };
}

