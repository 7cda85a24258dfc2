import type { ImportDivisionOptions } from "../domain/import/importDivisionText";
import { importDivisionText as recogniseDivision } from "../domain/import/importDivisionText";
import type { Problem } from "../domain/problem";
import type { UnmarkedListReading } from "../domain/responsibility/parseResponsibility";
import type { Task } from "../domain/task";

export interface ImportedTasks {
  /** The tasks recognised (none when the text could not be read as a division document). */
  tasks: Task[];
  problems: Problem[];
  /** False when the text gave no usable tasks (the problems say why). */
  ok: boolean;
  /** Levels of parallel 省/市 responsibility labels found (several: the clerk chooses, --level / the pane). */
  levels: string[];
  /** The level read, null when none applies. */
  level: string | null;
  /** How unmarked lists of several units were read, and for how many tasks (the clerk may switch it). */
  convention: { reading: UnmarkedListReading; tasks: number };
}

/**
 * Import, recognise: the tasks of a division document's text (分工方案), with what could not be placed (file:line),
 * read at the level and with the reading of unmarked lists the clerk chose; the adapters pass in the traditional →
 * simplified converter (opencc-js) they loaded.
 * @example const imported = importDivisionText("一、…（省发展改革委牵头）", { file: "分工方案.txt", level: "市", unmarked: "joint" });
 */
export function importDivisionText(text: string, options: ImportDivisionOptions = {}): ImportedTasks {
  const result = recogniseDivision(text, options);
  return result.ok
    ? { tasks: result.value.tasks, problems: result.problems, ok: true, levels: result.value.levels, level: result.value.level, convention: result.value.convention }
    : { tasks: [], problems: result.problems, ok: false, levels: [], level: null, convention: { reading: options.unmarked ?? "first-listed", tasks: 0 } };
}
