import { normalizeName } from "../text/normalizeName";

/** Punctuation and symbols that differ between copies of one title without changing its meaning. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;
/** A leading enumeration: 1. / 1、/ （一）/ 一、/ (3) / ①. */
const ENUMERATION = /^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．,，]|[①-⑳])/u;

/**
 * A task title reduced to what identifies it: half-width, no spaces, no leading enumeration,
 * no punctuation or quotation marks. Digits, letters and 汉字 are kept (figures tell tasks apart).
 * @example normalizeTitle("（三）制定宣传方案，对“工业项目年”进展情况广泛宣传。") // "制定宣传方案对工业项目年进展情况广泛宣传"
 * @example normalizeTitle("增长４０％以上") // "增长40以上"
 */
export function normalizeTitle(text: string): string {
  return normalizeName(text).replace(ENUMERATION, "").replace(PUNCTUATION, "");
}
