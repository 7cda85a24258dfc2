import type { TaskEvaluation } from "../evaluation";

/** A department that has not reported the period's progress of some tasks it leads (催报). */
export interface NotReportedDepartment {
  department: string;
  /** The tasks it leads without its report this period, in task order. */
  tasks: { id: string; title: string }[];
  /** Whether it reported nothing at all this period. */
  reportedNothing: boolean;
}

/**
 * 催报: the lead departments that have not reported for the period, each with the tasks it leads that lack its
 * report (a task already 已完成 is left out), in the order the departments first lead such a task.
 * @example notReportedDepartments(evaluations2007).map((entry) => entry.department) // ["省经委", "省统计局", "省金融办"]
 */
export function notReportedDepartments(evaluations: readonly TaskEvaluation[]): NotReportedDepartment[] {
  const reporters = new Set(evaluations.flatMap((evaluation) => evaluation.reports.map((report) => report.department)));
  const byDepartment = new Map<string, NotReportedDepartment>();
  for (const evaluation of evaluations) {
    if (evaluation.status === "done") continue;
    const reported = new Set(evaluation.reports.map((report) => report.department));
    for (const lead of evaluation.task.leads) {
      if (reported.has(lead)) continue;
      const entry = byDepartment.get(lead) ?? { department: lead, tasks: [], reportedNothing: !reporters.has(lead) };
      byDepartment.set(lead, entry);
      entry.tasks.push({ id: evaluation.task.id, title: evaluation.task.title });
    }
  }
  return [...byDepartment.values()];
}
