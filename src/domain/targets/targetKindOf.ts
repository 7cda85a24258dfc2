import type { TargetKind, TargetQualifier } from "../evaluation";
import { chineseNumeralValue } from "../numbers/chineseNumeralValue";

export interface TargetKindReading {
  kind: TargetKind;
  qualifier: TargetQualifier;
  /** For cumulative targets: the years of the plan (5年累计 → 5). */
  years?: number;
}

const CUMULATIVE = /(\d+|[一二三四五六七八九十两]+)\s*年(?:内|来|间|共)?\s*累计/;
const RAISE_TO = /(提高|提升|增加|增长|上升|扩大|发展|增|升)(到|至)$/;
const LOWER_TO = /(降低|下降|减少|压减|压缩|降|减)(到|至)$/;
const CAP = /(控制在|控制到|控制|压缩在|不超过|不高于)$/;
const HOLD = /(保持在|保持|稳定在|稳定|维持在|维持|不低于|不少于)$/;
const GROWTH = /(增长|增速|增幅|增加|提高|提升|上升|上涨|递增|增)(了|率)?(达到|达|为|在)?$/;
const REDUCTION = /(降低|下降|减少|削减|压减|压缩|减排|降)(了|率|幅)?(达到|达|为|在)?$/;
const REACH = /(达到|(?<![下送传转])达)$/; // 下达 (handed down) is no 达 (reach)
const RATES = new Set(["%", "个百分点", "倍"]);

/**
 * The kind of target a figure states, read from the words just before it (`leadIn`) and its unit and
 * approximation. See docs/RULES.md#completion-ratio: 控制在…以内 is a cap; 增长…% growth; 降低/下降/减少…% a reduction;
 * N年累计 cumulative; 达到 / 提高到 a level; 保持在 / 稳定在 a level held as a floor (at-least);
 * 降低到 / 下降至 a cap; anything else an amount or count (a % without a verb: a level).
 * @example targetKindOf("地区生产总值增长", "%", "about") // { kind: "growth", qualifier: "about" }
 * @example targetKindOf("耕地保有量保持在", "万公顷", "exact") // { kind: "level", qualifier: "at-least" }
 * @example targetKindOf("城镇保障性安居工程建设5年累计新增", "万套", "exact") // { kind: "cumulative", qualifier: "exact", years: 5 }
 */
export function targetKindOf(leadIn: string, unit: string, qualifier: TargetQualifier): TargetKindReading {
  const tail = leadIn.replace(/[\s\u3000]+$/g, "");
  const rate = RATES.has(unit);
  const cumulative = CUMULATIVE.exec(tail);
  if (cumulative !== null) {
    const yearsText = cumulative[1];
    const years = /^\d+$/.test(yearsText) ? Number(yearsText) : chineseNumeralValue(yearsText);
    if (years !== null && years > 0) return { kind: "cumulative", qualifier, years };
  }
  if (RAISE_TO.test(tail)) return { kind: "level", qualifier };
  if (LOWER_TO.test(tail)) return { kind: "cap", qualifier: qualifier === "exact" ? "at-most" : qualifier };
  if (CAP.test(tail)) return { kind: "cap", qualifier: qualifier === "exact" ? "at-most" : qualifier };
  if (HOLD.test(tail)) return { kind: "level", qualifier: qualifier === "exact" ? "at-least" : qualifier };
  if (GROWTH.test(tail)) return { kind: rate ? "growth" : "amount", qualifier };
  if (REDUCTION.test(tail)) return { kind: rate ? "reduction" : "amount", qualifier };
  if (qualifier === "at-most") return { kind: "cap", qualifier };
  if (REACH.test(tail)) return { kind: "level", qualifier };
  if (unit === "个百分点") return { kind: "growth", qualifier };
  return { kind: unit === "%" ? "level" : "amount", qualifier };
}
