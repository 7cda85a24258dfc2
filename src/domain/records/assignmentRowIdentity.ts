import type { ProgressRow } from "../progress/progressRow";
import { assignmentKey } from "./assignmentKey";

/** Who reported a row and which of its tasks, as remembered: as written (for the sheet) and normalised (to compare). */
export interface AssignmentRowIdentity {
  department: string;
  rowTask: string;
  /** department and row task normalised, joined: equal keys are the same department's same row. */
  key: string;
}

/**
 * A progress row's identity across months: the reporting department (else the file, else the sheet it came from)
 * and the row's task as the department wrote it (its title, else its number, else its text), compared after
 * normalisation (spaces, full-width forms, punctuation and a leading enumeration do not count).
 * @example assignmentRowIdentity({ title: "全省工业用电量", text: "…", department: "省经委", source }).key // "省经委|全省工业用电量"
 */
export function assignmentRowIdentity(row: Pick<ProgressRow, "department" | "title" | "id" | "text" | "source">): AssignmentRowIdentity {
  const department = row.department !== "" ? row.department : (row.source.file ?? row.source.sheet);
  const rowTask = (row.title ?? "").trim() !== "" ? (row.title ?? "").trim() : (row.id ?? "").trim() !== "" ? (row.id ?? "").trim() : row.text.trim();
  return { department, rowTask, key: assignmentKey(department, rowTask) };
}

