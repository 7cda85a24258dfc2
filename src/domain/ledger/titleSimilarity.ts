import { normalizeName } from "../text/normalizeName";

/**
 * Similarity of two task titles, 0..1: the Dice coefficient of their character pairs after
 * normalisation (widths, spaces). A corrected typo or figure keeps it high.
 * @example titleSimilarity("耕地保有量保持在553万公顷", "耕地保有量保持在553万公顷。") // ≈ 0.96
 * @example titleSimilarity("耕地保有量保持在553万公顷", "九年义务教育巩固率达到99％") // 0
 */
export function titleSimilarity(a: string, b: string): number {
  const left = pairs(normalizeName(a));
  const right = pairs(normalizeName(b));
  if (left.length === 0 && right.length === 0) return normalizeName(a) === normalizeName(b) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const pair of left) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  let common = 0;
  for (const pair of right) {
    const count = counts.get(pair) ?? 0;
    if (count > 0) {
      common++;
      counts.set(pair, count - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

function pairs(text: string): string[] {
  const chars = Array.from(text);
  const result: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) result.push(chars[i] + chars[i + 1]);
  return result;
}
