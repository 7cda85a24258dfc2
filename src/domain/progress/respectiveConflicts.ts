import type { Target } from "../evaluation";
import type { Problem } from "../problem";
import type { Task } from "../task";
import { reportConflicts } from "./reportConflicts";
import type { LeadSplit, TaskReport } from "./taskReport";

/**
 * Conflicts of a respective task summed over its leads: a lead's own rows against each other (as for any lead), and
 * other rows (supporting, unnamed) against the sum that counts; different leads' parts never conflict.
 * @example respectiveConflicts(task, current, counting, splitByLead(task, current, target), target) // [] when each lead reported once
 */
export function respectiveConflicts(task: Task, current: readonly TaskReport[], counting: TaskReport | null, split: LeadSplit, target: Target): Problem[] {
  const problems: Problem[] = [];
  for (const rows of split.rows) {
    if (rows.length < 2) continue;
    const reference = split.usable.find((entry) => rows.includes(entry)) ?? rows[0];
    problems.push(...reportConflicts(task, [reference, ...rows.filter((entry) => entry !== reference)], reference, target));
  }
  const others = current.filter((entry) => entry.role !== "lead" && entry !== counting);
  if (others.length > 0) problems.push(...reportConflicts(task, counting !== null ? [counting, ...others] : others, counting, target));
  return problems;
}
