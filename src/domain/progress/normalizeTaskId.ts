import { toHalfWidth } from "../text/toHalfWidth";

/**
 * A task number (序号/编号) reduced for comparison: half-width, no spaces, no trailing 、 or . ,
 * no brackets around it, leading zeros of each numeric part dropped — so that "１", "01", "1、"
 * and "（1）" are all "1", and "２.０３" is "2.3". Text ids (A-12, 一) are kept as they are (upper-cased).
 * @example normalizeTaskId("０４、") // "4"
 * @example normalizeTaskId("1.02") // "1.2"
 * @example normalizeTaskId("") // ""
 */
export function normalizeTaskId(text: string): string {
  const cleaned = toHalfWidth(text)
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/^[（(]([^（()）]*)[)）]$/, "$1")
    .replace(/[、.,，:：]+$/, "")
    .toUpperCase();
  if (!/^\d+(?:[.-]\d+)*$/.test(cleaned)) return cleaned;
  return cleaned.replace(/\d+/g, (digits) => String(Number(digits)));
}
