import type { TaskEvaluation } from "../evaluation";
import { rankTallies } from "./rankTallies";
import { summaryDepartments } from "./summaryDepartments";
import type { SummaryTally } from "./tallyEvaluations";
import { tallyEvaluations } from "./tallyEvaluations";
import type { Language } from "../language";

/** One line of a summary table: a department or a category, its counts and rank. */
export interface SummaryGroup {
  name: string;
  tally: SummaryTally;
  rank: number;
}

/**
 * Group evaluations by lead department (see summaryDepartments; a task may count for several) or by
 * category, tally each group and rank the groups. Departments are listed by rank (ties in order of
 * first appearance); categories in document order.
 * @example summaryGroups(evaluations, "department")[0] // { name: "省国土资源厅", tally: { tasks: 2, … }, rank: 1 }
 * Rule: docs/RULES.md, 通报 (the circular's wording).
 */
export function summaryGroups(evaluations: readonly TaskEvaluation[], by: "department" | "category", lang: Language = "zh"): SummaryGroup[] {
  const members = new Map<string, TaskEvaluation[]>();
  const add = (name: string, evaluation: TaskEvaluation): void => {
    const list = members.get(name);
    if (list) list.push(evaluation);
    else members.set(name, [evaluation]);
  };
  for (const evaluation of evaluations) {
    if (by === "category") {
      add(evaluation.task.category.trim() || (lang === "en" ? "(no category)" : "（未分类）"), evaluation);
      continue;
    }
    const departments = summaryDepartments(evaluation.task);
    if (departments.length === 0) add(lang === "en" ? "(no lead department)" : "（未明确牵头单位）", evaluation);
    for (const department of departments) add(department, evaluation);
  }
  const names = Array.from(members.keys());
  const tallies = names.map((name) => tallyEvaluations(members.get(name) ?? []));
  const ranks = rankTallies(tallies);
  const groups = names.map((name, index) => ({ name, tally: tallies[index], rank: ranks[index], order: index }));
  if (by === "department") groups.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return groups.map(({ order: _order, ...group }) => group);
}
