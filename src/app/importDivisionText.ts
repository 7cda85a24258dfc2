import { importDivisionText as recogniseDivision } from "../domain/import/importDivisionText";
import type { Problem } from "../domain/problem";
import type { Task } from "../domain/task";

export interface ImportedTasks {
  /** The tasks recognised (none when the text could not be read as a division document). */
  tasks: Task[];
  problems: Problem[];
  /** False when the text gave no usable tasks (the problems say why). */
  ok: boolean;
}

/**
 * Import, recognise: the tasks of a division document's text (分工方案), with what could not be placed (file:line).
 * @example const imported = importDivisionText("一、…（省发展改革委牵头）", { file: "分工方案.txt" });
 */
export function importDivisionText(text: string, options: { file?: string } = {}): ImportedTasks {
  const result = recogniseDivision(text, options.file !== undefined ? { file: options.file } : {});
  return result.ok ? { tasks: result.value.tasks, problems: result.problems, ok: true } : { tasks: [], problems: result.problems, ok: false };
}
