import type { TargetQualifier } from "../evaluation";
import { chineseNumeralValue } from "./chineseNumeralValue";

/** A share written in words, read as a percentage. */
export interface ProportionWords {
  /** The share in percent: 80 for 八成, 66.67 for 三分之二 (not rounded: 200/3). */
  percent: number;
  /** Index just after the words. */
  end: number;
  /** 过半 is “more than half”; the others are exact. */
  qualifier: TargetQualifier;
  /** The approximation word when the words carry one (过半), else null. */
  approximation: string | null;
}

const NUMERAL = /[零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万点\d.]+/y;
/** After 成, the words that show it is a share (八成以上, 九成的村) — not 成立, 成果, 一成不变. */
const AFTER_SHARE = /^(?:$|[\s，,。；;、：:）)”"！!？?]|以上|以下|左右|多|的|以|上下)/;
const TENTHS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Read a share written in words at `start` of a half-width text: tenths (八成, 8成), fractions (三分之二, 四分之三,
 * 百分之八十, 百分之80, 千分之五, 3分之2) and halves (过半 — more than half —, 一半, 半数). Null when none starts there; a word
 * that only looks like one (成立, 一成不变) is none.
 * @example readProportionWords("完成八成以上", 2) // { percent: 80, end: 4, qualifier: "exact", approximation: null }
 * @example readProportionWords("三分之二的县", 0)?.percent // 66.666…
 * @example readProportionWords("投资完成过半", 4) // { percent: 50, end: 6, qualifier: "at-least", approximation: "过半" }
 */
export function readProportionWords(text: string, start: number): ProportionWords | null {
  if (text.startsWith("过半", start)) return { percent: 50, end: start + 2, qualifier: "at-least", approximation: "过半" };
  if (text.startsWith("一半", start) || text.startsWith("半数", start)) return { percent: 50, end: start + 2, qualifier: "exact", approximation: null };
  NUMERAL.lastIndex = start;
  const first = NUMERAL.exec(text);
  if (first === null) return null;
  const afterFirst = start + first[0].length;
  if (text[afterFirst] === "成" && AFTER_SHARE.test(text.slice(afterFirst + 1, afterFirst + 3))) {
    const tenths = /^\d+$/.test(first[0]) ? Number(first[0]) : TENTHS[first[0]];
    if (tenths !== undefined && tenths >= 1 && tenths <= 10) return { percent: tenths * 10, end: afterFirst + 1, qualifier: "exact", approximation: null };
    return null;
  }
  if (!text.startsWith("分之", afterFirst)) return null;
  NUMERAL.lastIndex = afterFirst + 2;
  const second = NUMERAL.exec(text);
  if (second === null) return null;
  const whole = numeralValue(first[0]);
  const part = numeralValue(second[0]);
  if (whole === null || part === null || whole <= 0) return null;
  return { percent: (part / whole) * 100, end: NUMERAL.lastIndex, qualifier: "exact", approximation: null };
}

function numeralValue(written: string): number | null {
  if (/^\d+(\.\d+)?$/.test(written)) return Number(written);
  return chineseNumeralValue(written);
}
