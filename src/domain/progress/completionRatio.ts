import type { Target } from "../evaluation";

/**
 * The completion ratio of a target (a fraction: 1.241 for 124.1%), as in docs/RULES.md#completion-ratio, or null where none applies.
 * - amount, level, cumulative: actual ÷ target;
 * - cap: target ÷ actual (shown; the cap is held when actual ≤ target);
 * - growth: actual growth ÷ target growth;
 * - reduction over several years (`target.years` > 1, or `multiYear`): ln(1 − achieved) ÷ ln(1 − target), the
 *   statistics bureau's compounding method (4.87% against 17% → 0.268, not 0.286); within one year: achieved ÷ target;
 * - milestone: null.
 * @example completionRatio({ kind: "amount", value: 284, unit: "亿元", … }, 241.4) // 0.85
 * @example completionRatio({ kind: "reduction", value: 17, unit: "%", years: 5, … }, 4.87) // 0.268
 * Rule: docs/RULES.md, 完成率 (ratios per kind of target).
 */
export function completionRatio(target: Target, actual: number | null, options: { multiYear?: boolean } = {}): number | null {
  if (actual === null || !Number.isFinite(actual) || target.value === null || target.kind === "milestone") return null;
  const planned = target.value;
  switch (target.kind) {
    case "amount":
    case "level":
    case "cumulative":
    case "growth":
      return planned === 0 ? null : actual / planned;
    case "cap":
      return actual <= 0 ? null : planned / actual;
    case "reduction": {
      if (planned === 0) return null;
      const compounded = (options.multiYear ?? (target.years !== undefined && target.years > 1)) && target.unit === "%";
      if (compounded && planned > 0 && planned < 100 && actual < 100) {
        return Math.log(1 - actual / 100) / Math.log(1 - planned / 100);
      }
      return actual / planned;
    }
  }
}
