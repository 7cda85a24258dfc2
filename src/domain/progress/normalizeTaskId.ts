import { chineseNumeralValue } from "../numbers/chineseNumeralValue";
import { toHalfWidth } from "../text/toHalfWidth";

/** A number without leading zeros, short enough to stay exact: its own normal form. */
const PLAIN_NUMBER = /^[1-9]\d{0,14}$/;

/**
 * A task number (序号/编号) reduced for comparison: half-width, no spaces, no trailing 、 or . ,
 * no brackets around it, leading zeros of each numeric part dropped — so that "１", "01", "1、"
 * and "（1）" are all "1", and "２.０３" is "2.3"; a citation 第3项 / 第三项 / 第十二条 is its number (3, 3, 12), and a
 * Chinese number is its value (（一） and 一 are "1", 二-3 is "2-3"), so that a circular citing 第X项 finds task X.
 * Other text ids are kept as they are (upper-cased).
 * @example normalizeTaskId("０４、") // "4"
 * @example normalizeTaskId("1.02") // "1.2"
 * @example normalizeTaskId("") // ""
 * @example normalizeTaskId("第十二项") // "12"
 */
export function normalizeTaskId(text: string): string {
  // Most ids are plain numbers already (1, 27, 1024): nothing to reduce.
  if (PLAIN_NUMBER.test(text)) return text;
  const cleaned = toHalfWidth(text)
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/^[（(]([^（()）]*)[)）]$/, "$1")
    .replace(/[、.,，:：]+$/, "")
    .replace(/^第(.+?)[项条]$/, "$1")
    .replace(/^[（(]([^（()）]*)[)）]$/, "$1")
    .split("-")
    .map((part) => (/^[一二三四五六七八九十百零〇]+$/.test(part) ? String(chineseNumeralValue(part) ?? part) : part))
    .join("-")
    .toUpperCase();
  if (!/^\d+(?:[.-]\d+)*$/.test(cleaned)) return cleaned;
  return cleaned.replace(/\d+/g, (digits) => String(Number(digits)));
}
