import { toHalfWidth } from "../text/toHalfWidth";

/**
 * A header cell reduced for matching against a vocabulary: half-width forms, no white space or line breaks
 * (“牵头\n单位”), no required-field marks (*), no trailing colon, Latin letters in lower case, brackets as （）.
 * @example normalizeHeader("牵头\n单位") // "牵头单位"
 * @example normalizeHeader(" Lead Department：") // "leaddepartment"
 * @example normalizeHeader("完成值(万元)") // "完成值（万元）"
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/[*＊★※]/g, "")
    .replace(/[：:]+$/, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .toLowerCase();
}
