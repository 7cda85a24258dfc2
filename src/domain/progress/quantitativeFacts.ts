import type { LedgerSettings, Target } from "../evaluation";
import type { TaskStatusFacts } from "./taskStatus";

const EPSILON = 1e-9;

/**
 * What a quantitative target's figure says for its status (docs/RULES.md, 完成率 and 状态): done, on schedule and
 * the gap in points. Growth rates and caps are held against the target itself (within settings.growthTolerance for
 * 左右); reductions and amounts against the expected progress.
 * @example quantitativeFacts(target, 241.4, 0.85, 0.8333, false, false, DEFAULT_SETTINGS) // { done: false, reported: true, onSchedule: true, gapPoints: 1.67 }
 */
export function quantitativeFacts(
  target: Target,
  actual: number | null,
  ratio: number | null,
  expected: number,
  atEnd: boolean,
  multiYear: boolean,
  settings: LedgerSettings,
): Omit<TaskStatusFacts, "pastDeadline" | "daysToDeadline"> {
  if (actual === null) return { done: false, reported: false, onSchedule: false, gapPoints: null };
  const planned = target.value ?? 0;
  const tolerance = target.qualifier === "about" ? settings.growthTolerance : 0;
  switch (target.kind) {
    case "growth": {
      const meets = actual >= planned - tolerance - EPSILON;
      return { done: atEnd && meets, reported: true, onSchedule: meets, gapPoints: ratio === null ? null : (ratio - 1) * 100 };
    }
    case "cap": {
      const held = actual <= planned + tolerance + EPSILON;
      return { done: atEnd && held, reported: true, onSchedule: held, gapPoints: ratio === null ? null : (ratio - 1) * 100 };
    }
    case "reduction": {
      const reached = actual >= planned - tolerance - EPSILON;
      const gap = ratio === null ? null : (ratio - expected) * 100;
      return {
        done: reached && (multiYear || atEnd),
        reported: true,
        onSchedule: reached || (gap !== null && gap >= -EPSILON),
        gapPoints: gap,
      };
    }
    default: {
      const gap = ratio === null ? null : (ratio - expected) * 100;
      return {
        done: ratio !== null && ratio >= 1 - EPSILON,
        reported: true,
        onSchedule: gap !== null && gap >= -EPSILON,
        gapPoints: gap,
      };
    }
  }
}
