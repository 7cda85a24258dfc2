import { matchUnit, type UnitMatch } from "./matchUnit";

/**
 * Decompose a whole unit word into magnitude prefix and base word, or null when the word is not
 * entirely a known unit. The text must already be half-width and without spaces.
 * @example splitUnit("万平方米") // { prefix: "万", unit: "万平方米", base: { canonical: "平方米", dimension: "area", … }, … }
 * @example splitUnit("万元人") // null
 */
export function splitUnit(word: string): UnitMatch | null {
  const match = matchUnit(word, 0);
  return match !== null && match.end === word.length ? match : null;
}
