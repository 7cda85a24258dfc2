import type { TaskEvaluation, TaskStatus } from "../evaluation";
import { STATUS_PRECEDENCE } from "../evaluation";
import { reachesExpectedProgress } from "./reachesExpectedProgress";

/** Counts of a group of tasks for the circular's summary. */
export interface SummaryTally {
  tasks: number;
  byStatus: Record<TaskStatus, number>;
  /** Tasks reaching expected progress (done, due soon, on schedule). */
  reaching: number;
  /** reaching ÷ tasks (达序率), null for no tasks. */
  reachingShare: number | null;
  /** Mean completion ratio of the tasks that have one, each counted at most 100%; null when none has. */
  averageRatio: number | null;
}

/**
 * Count a group of evaluations by status. The average completion ratio caps each task at 100%, so
 * one exceeded target does not hide another lagging one.
 * @example tallyEvaluations(evaluations).reachingShare // 0.8 for 44 of 55
 */
export function tallyEvaluations(evaluations: readonly Pick<TaskEvaluation, "status" | "ratio">[]): SummaryTally {
  const byStatus = Object.fromEntries(STATUS_PRECEDENCE.map((status) => [status, 0])) as Record<TaskStatus, number>;
  let reaching = 0;
  let ratioSum = 0;
  let ratioCount = 0;
  for (const evaluation of evaluations) {
    byStatus[evaluation.status]++;
    if (reachesExpectedProgress(evaluation.status)) reaching++;
    if (typeof evaluation.ratio === "number" && Number.isFinite(evaluation.ratio)) {
      ratioSum += Math.max(0, Math.min(1, evaluation.ratio));
      ratioCount++;
    }
  }
  return {
    tasks: evaluations.length,
    byStatus,
    reaching,
    reachingShare: evaluations.length ? reaching / evaluations.length : null,
    averageRatio: ratioCount ? ratioSum / ratioCount : null,
  };
}
