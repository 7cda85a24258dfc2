import type { GapAgainst, LedgerSettings, Target } from "../evaluation";
import type { TaskStatusFacts } from "./taskStatus";

const EPSILON = 1e-9;

/** What a quantitative target's figure says about its status, and what its gap is measured against. */
export type TargetFacts = Omit<TaskStatusFacts, "pastDeadline" | "daysToDeadline"> & { gapAgainst: GapAgainst };

/**
 * The facts of a quantitative target's figure at the as-of date (docs/RULES.md#completion-ratio):
 * - growth, level and cap targets are judged against the target itself, not the time elapsed: on schedule when the
 *   rate reached meets it (a 左右 target within `growthTolerance`), lagging when short of it, lagging badly when short by
 *   more than `rateLaggingBadlyShare` of the target (增长7%: below 3.5%); the gap is the rate reached − the target in
 *   percentage points for a rate (6.1% against 增长7%: −0.9; a cap: the cap − the rate), else (ratio − 1) × 100.
 *   A level is done once reached; growth and caps at the deadline or the year end;
 * - amounts, counts, cumulative targets, reductions — and any target whose figure comes from the report's own stated
 *   ratio — against 序时进度: the gap is (ratio − expected) × 100.
 * @example targetFacts(growth7, 6.1, 0.871, { expected: 0.75, atEnd: false, multiYear: false, fromStatedRatio: false }, DEFAULT_SETTINGS)
 * // { done: false, reported: true, onSchedule: false, laggingBadly: false, gapPoints: -0.9, gapAgainst: "target-rate" }
 */
export function targetFacts(
  target: Target,
  actual: number | null,
  ratio: number | null,
  at: { expected: number; atEnd: boolean; multiYear: boolean; fromStatedRatio: boolean },
  settings: Pick<LedgerSettings, "growthTolerance" | "rateLaggingBadlyShare">,
): TargetFacts {
  if (actual === null) return { done: false, reported: false, onSchedule: false, gapPoints: null, gapAgainst: "expected-progress" };
  const planned = target.value ?? 0;
  const tolerance = target.qualifier === "about" ? settings.growthTolerance : 0;
  const rate = target.unit === "%" || target.unit === "个百分点";
  const badly = settings.rateLaggingBadlyShare * Math.abs(planned);
  const againstTarget = !at.fromStatedRatio && (target.kind === "growth" || target.kind === "cap" || target.kind === "level");
  if (againstTarget) {
    const shortfall = target.kind === "cap" ? actual - planned : planned - actual;
    const meets = shortfall <= tolerance + EPSILON;
    const gapPoints = rate ? -shortfall : ratio === null ? null : (ratio - 1) * 100;
    const done = target.kind === "level" ? meets : at.atEnd && meets;
    return {
      done,
      reported: true,
      onSchedule: meets,
      laggingBadly: shortfall > badly + EPSILON,
      gapPoints,
      gapAgainst: rate ? "target-rate" : "target-value",
    };
  }
  const gap = ratio === null ? null : (ratio - at.expected) * 100;
  if (target.kind === "reduction") {
    const reached = actual >= planned - tolerance - EPSILON;
    return {
      done: reached && (at.multiYear || at.atEnd),
      reported: true,
      onSchedule: reached || (gap !== null && gap >= -EPSILON),
      gapPoints: gap,
      gapAgainst: "expected-progress",
    };
  }
  return {
    done: ratio !== null && ratio >= 1 - EPSILON,
    reported: true,
    onSchedule: gap !== null && gap >= -EPSILON,
    gapPoints: gap,
    gapAgainst: "expected-progress",
  };
}
