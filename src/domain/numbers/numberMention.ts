import type { TargetQualifier } from "../evaluation";

/** A number found in a sentence, with the unit that follows it and the words that qualify it. */
export interface NumberMention {
  /** The value in `unit`: 126.6 for 126.6亿元, 1.2 for 1.2万人, 12000 for a bare 1.2万, 85.1 for 85.1%. */
  value: number;
  /** The unit that follows, normalised ("亿元", "万人", "%", "个百分点", "个", "月"); "" when none. */
  unit: string;
  /** The unit as written ("千米", "％" becomes "%"). */
  rawUnit: string;
  /** Index of the mention in the text (an approximation word before the number included). */
  start: number;
  /** Index just after the mention (unit and an approximation word after it included). */
  end: number;
  /** The text of the mention, as written. */
  text: string;
  /** The approximation word: 约, 近, 超过, 以上, 左右, 以内, 余 …; null when the figure is exact. */
  approximation: string | null;
  /** What the approximation means: about (约, 左右), at-least (超过, 以上), at-most (以内, 以下), or exact. */
  qualifier: TargetQualifier;
  /** True for 个百分点 (percentage points), which never convert to %. */
  percentagePoints: boolean;
  /** True when written in Chinese numerals (二十五, 两千). */
  chinese: boolean;
  /** The number alone as written, without unit or approximation words ("１２６.６", "三千五百", "1.2万"). */
  numeral: string;
  /** For a range (增长6%-6.5%, 6～6.5%, 12至15万人): its upper bound, in `unit`; `value` is the lower bound. */
  upper?: number;
  /** When the unit was not written but read from the noun next to a bare 万/亿 (贫困人口1000万): that noun. */
  unitFromNoun?: string;
}
