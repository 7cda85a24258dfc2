import { toHalfWidth } from "./toHalfWidth";

/**
 * Normalise a name for comparison: half-width forms, no white space of any kind,
 * full-width brackets as （）. Used for department names, headers and task titles.
 * @example normalizeName(" 省 发展改革委\n") // "省发展改革委"
 */
export function normalizeName(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）");
}
