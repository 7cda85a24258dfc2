import { UNIT_BASES, UNIT_PREFIXES } from "../units/unitTable";
import { APPROXIMATION_WORDS_AFTER, APPROXIMATION_WORDS_BEFORE } from "./approximationVocabulary";
import { CHINESE_NUMERAL_CHARACTERS } from "./chineseNumeralCharacters";

/**
 * Every character a figure as findNumbers reads it can be written with: digits and their full-width forms (every
 * full-width form, as findNumbers reads them half-width), signs, dashes and separators (1,700, 1，700, 1.4386E+11,
 * 6%-6.5%, 12至15万人), Chinese numerals and 点, shares in words (八成, 三分之二, 过半, 半数), 余 and 多 (50余万人),
 * the unit words and their prefixes, and the approximation words. White space is allowed anywhere.
 */
const FIGURE_CHARACTERS = [
  ...new Set([
    ..."0123456789+-.,，eE%~～—–−﹣－至到\u2212\ufe63\u2013\ufe6a",
    ...CHINESE_NUMERAL_CHARACTERS,
    ..."点成分之过半数余多",
    ...[...UNIT_BASES.keys()].join(""),
    ...[...UNIT_PREFIXES.keys()].join(""),
    ...[...APPROXIMATION_WORDS_BEFORE, ...APPROXIMATION_WORDS_AFTER].map(([word]) => word).join(""),
  ]),
];
const ONLY_FIGURE_CHARACTERS = new RegExp(
  `^[\\s\\uff01-\\uff5e${FIGURE_CHARACTERS.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]*$`,
);

/**
 * Whether a text may be one figure and nothing else (241.4亿元, ２４１．４, 约126.6亿元以上): false as soon as it holds a
 * character no figure is written with (完成投资126.6亿元 has 完, 投, 资), so that a caller needs no findNumbers to know the
 * text is more than a figure. True does not say it is one: findNumbers tells.
 * @example mayBeOneFigure("２４１．４亿元") // true
 * @example mayBeOneFigure("1-10月完成投资126.6亿元，完成年计划的85.1%") // false
 */
export function mayBeOneFigure(text: string): boolean {
  return ONLY_FIGURE_CHARACTERS.test(text);
}
