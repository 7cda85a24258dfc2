import type { TaskEvaluation } from "../evaluation";

/**
 * Whether a task is a 量化指标 task for the circular: it has at least one target with a number
 * (an amount, count, level, cap, growth, reduction or cumulative target). Milestone-only tasks
 * (完成…改革, 出台…) are not counted in the circular's paragraph.
 * @example isQuantitative({ targets: [{ kind: "amount", value: 1700, unit: "亿元", … }], … }) // true
 */
export function isQuantitative(evaluation: Pick<TaskEvaluation, "targets">): boolean {
  return evaluation.targets.some((target) => target.kind !== "milestone" && typeof target.value === "number" && Number.isFinite(target.value));
}
