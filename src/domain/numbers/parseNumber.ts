import { findNumbers } from "./findNumbers";

/**
 * Read a cell or a phrase that is one number as a clerk writes it, or null when it is not exactly one number.
 * Full-width digits, thousands separators, Chinese numerals, a sign, a multiplier (1.2万 = 12000) and a following
 * unit or approximation word are accepted; the value is in the unit as written (126.6亿元 → 126.6, 85.1% → 85.1).
 * Use findNumbers for the unit.
 * @example parseNumber("１２６.６") // 126.6
 * @example parseNumber("1，700") // 1700
 * @example parseNumber("两千") // 2000
 * @example parseNumber("1.2万") // 12000
 * @example parseNumber("1-10月") // null (two numbers)
 */
export function parseNumber(text: string): number | null {
  const mentions = findNumbers(text);
  if (mentions.length !== 1) return null;
  const mention = mentions[0];
  const rest = (text.slice(0, mention.start) + text.slice(mention.end)).replace(/[\s\u3000\u00a0]+/g, "");
  return rest === "" && Number.isFinite(mention.value) ? mention.value : null;
}
