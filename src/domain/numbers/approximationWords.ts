import type { TargetQualifier } from "../evaluation";
import { APPROXIMATION_WORDS_AFTER, APPROXIMATION_WORDS_BEFORE } from "./approximationVocabulary";

/** The words by their last character (before) and their first (after), in the vocabulary's order. */
const BEFORE_BY_LAST = byCharacter(APPROXIMATION_WORDS_BEFORE, (word) => word.charCodeAt(word.length - 1));
const AFTER_BY_FIRST = byCharacter(APPROXIMATION_WORDS_AFTER, (word) => word.charCodeAt(0));
/** 近 is no approximation in 最近, 附近, 就近, 邻近, 靠近. */
const NOT_BEFORE_NEAR = new Set(["最", "附", "就", "邻", "靠", "将", "接"]);

/** A space, a tab or a no-break space (NaN, outside the text, is none). */
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;

/** An approximation word next to a number, what it means, and where the mention then starts or ends. */
export interface ApproximationWords {
  /** The word before the number (约, 近, 超过, 不低于 …) and where the mention starts with it; null when none. */
  before: { word: string; qualifier: TargetQualifier; start: number } | null;
  /** The word after the unit (以上, 以内, 左右 …) and where the mention ends with it; null when none. */
  after: { word: string; qualifier: TargetQualifier; end: number } | null;
}

/**
 * The approximation words around a number in a (half-width) text, spaces between them allowed: before the number
 * from `numberStart` back, after its unit from `unitEnd` on; 近 of 最近, 附近, 就近 … is no approximation.
 * @example approximationWords("约126.6亿元以上", 1, 8) // { before: { word: "约", qualifier: "about", start: 0 }, after: { word: "以上", qualifier: "at-least", end: 10 } }
 */
export function approximationWords(s: string, numberStart: number, unitEnd: number): ApproximationWords {
  let beforeAt = numberStart;
  while (beforeAt > 0 && isSpace(s.charCodeAt(beforeAt - 1))) beforeAt--;
  let before: ApproximationWords["before"] = null;
  for (const [word, qualifier] of BEFORE_BY_LAST.get(s.charCodeAt(beforeAt - 1)) ?? []) {
    if (beforeAt - word.length < 0 || !s.startsWith(word, beforeAt - word.length)) continue;
    if (word === "近" && NOT_BEFORE_NEAR.has(s[beforeAt - 2] ?? "")) continue;
    before = { word, qualifier, start: beforeAt - word.length };
    break;
  }
  let afterAt = unitEnd;
  while (afterAt < s.length && isSpace(s.charCodeAt(afterAt))) afterAt++;
  const found = AFTER_BY_FIRST.get(s.charCodeAt(afterAt))?.find(([word]) => s.startsWith(word, afterAt));
  const after = found === undefined ? null : { word: found[0], qualifier: found[1], end: afterAt + found[0].length };
  return { before, after };
}

function byCharacter(
  words: readonly (readonly [string, TargetQualifier])[],
  key: (word: string) => number,
): ReadonlyMap<number, readonly (readonly [string, TargetQualifier])[]> {
  const byKey = new Map<number, (readonly [string, TargetQualifier])[]>();
  for (const entry of words) byKey.set(key(entry[0]), [...(byKey.get(key(entry[0])) ?? []), entry]);
  return byKey;
}
