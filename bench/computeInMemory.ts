/*
 * The engine on the benchmark's sheets held in memory (no file read or written): check the task table, read every
 * progress sheet, match the rows and compute each task's ratio and status, as `build` does between reading and
 * writing.
 */
import { checkTaskTable } from "../src/domain/check/checkTaskTable";
import { buildRoster } from "../src/domain/departments/buildRoster";
import { DEFAULT_SETTINGS, type TaskEvaluation } from "../src/domain/evaluation";
import { buildProgress } from "../src/domain/progress/buildProgress";
import type { ProgressRow } from "../src/domain/progress/progressRow";
import { readProgressSources } from "../src/domain/progress/readProgressSources";
import type { BenchScenario } from "./benchScenario";

export interface InMemoryOutcome {
  evaluations: TaskEvaluation[];
  /** The progress rows read (what 报送记录 and 报送明细 record). */
  progressRows: ProgressRow[];
  rows: number;
  matched: number;
  /** Rows listed for the clerk (no match, several close tasks, id and title disagreeing). */
  listed: number;
}

/**
 * Check, read, match and compute the scenario's tasks as of `asOf`.
 * @example computeInMemory(benchScenario(500, 60, 10), "2007-10-31").matched // the rows matched to a task
 */
export function computeInMemory(scenario: BenchScenario, asOf: string): InMemoryOutcome {
  const checked = checkTaskTable(scenario.taskWorkbook.sheets);
  if (!checked.ok) throw new Error(checked.problems[0]?.message);
  const tasks = checked.value.tasks;
  const roster = buildRoster(scenario.taskWorkbook.sheets.find((grid) => grid.name === checked.value.rosterSheet) ?? null);
  const progressRows: ProgressRow[] = [];
  for (const workbook of scenario.progressWorkbooks) {
    const file = workbook.file.split("/").pop() ?? workbook.file;
    progressRows.push(...readProgressSources(workbook.sheets, { tasks, roster, asOf, file }).rows);
  }
  const built = buildProgress({ tasks, progressRows, asOf, settings: DEFAULT_SETTINGS, roster });
  return { evaluations: built.evaluations, progressRows, rows: progressRows.length, matched: built.matching.matched.length, listed: built.unmatched.length };
}
