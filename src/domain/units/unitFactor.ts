import { normalizeUnit } from "./normalizeUnit";
import { splitUnit } from "./splitUnit";
import { UNIT_PREFIXES } from "./unitTable";

export interface UnitFactor {
  /** Units convert only within one dimension ("money", "area", "count:个", …). */
  dimension: string;
  /** Factor to the dimension's reference unit (元, 平方米, 吨, …). */
  factor: number;
  /** The unit, normalised. */
  unit: string;
}

/**
 * The dimension of a unit and its factor to the dimension's reference unit, or null for an unknown unit.
 * @example unitFactor("亿元") // { dimension: "money", factor: 100000000, unit: "亿元" }
 * @example unitFactor("万亩") // { dimension: "area", factor: 6666666.67, unit: "万亩" } (1 亩 = 1/15 公顷)
 * @example unitFactor("万套") // { dimension: "count:套", factor: 10000, unit: "万套" }
 */
export function unitFactor(unit: string): UnitFactor | null {
  const normalized = normalizeUnit(unit);
  const split = splitUnit(normalized);
  if (split === null) return null;
  const prefixFactor = UNIT_PREFIXES.get(split.prefix) ?? 1;
  return { dimension: split.base.dimension, factor: prefixFactor * split.base.factor, unit: split.unit };
}

