import { normalizeUnit } from "./normalizeUnit";
import { unitFactor } from "./unitFactor";

/**
 * Convert a value between two units of one dimension (万元 ↔ 亿元, 亩 ↔ 万亩, 千米 ↔ 公里, 公顷 ↔ 亩).
 * Counts convert only with the same word (套 ↔ 万套, never 个 ↔ 项). Returns null when the pair cannot be
 * converted — the caller reports `unit-mismatch`; it never guesses. Equal units (also unknown ones) give the value.
 * @example convertUnit(1, "亿元", "万元") // 10000
 * @example convertUnit(241.4, "亿元", "亿元") // 241.4
 * @example convertUnit(8, "个", "亿元") // null
 */
export function convertUnit(value: number, from: string, to: string): number | null {
  const source = normalizeUnit(from);
  const target = normalizeUnit(to);
  if (source === target) return value;
  const a = unitFactor(source);
  const b = unitFactor(target);
  if (a === null || b === null || a.dimension !== b.dimension) return null;
  const converted = (value * a.factor) / b.factor;
  // Beyond the largest number (1.7e308 亿元 in 万元) there is no figure to report.
  return Number.isFinite(converted) ? converted : null;
}
