import type { TargetResult, TaskEvaluation } from "./evaluation";

/**
 * The result of the target that decided a task's status: the one whose status, actual and ratio the task carries
 * (the worst of its targets, the first when tied; see worstTargetStatus), as the evaluation recorded it.
 * Undefined for a task without targets.
 * @example decidingTarget(evaluation)?.target.unit // "户" for 回迁安置3000户 lagging behind 棚户区改造5702户
 */
export function decidingTarget(evaluation: Pick<TaskEvaluation, "targetResults" | "decidingTargetIndex">): TargetResult | undefined {
  return evaluation.decidingTargetIndex === null ? undefined : evaluation.targetResults[evaluation.decidingTargetIndex];
}
