import { UNIT_BASES, UNIT_PREFIXES, type UnitBase } from "./unitTable";

export interface UnitMatch {
  /** The unit as written, e.g. "千米", "万元". */
  raw: string;
  /** Normalised: magnitude prefix + canonical word, e.g. "公里", "万元". */
  unit: string;
  prefix: string;
  base: UnitBase;
  /** Index just after the unit. */
  end: number;
}

/** The unit words by their first UTF-16 unit, in vocabulary order: only the words that can start there are tried. */
const BASES_BY_FIRST: ReadonlyMap<number, readonly (readonly [string, UnitBase])[]> = (() => {
  const byFirst = new Map<number, (readonly [string, UnitBase])[]>();
  for (const [written, unitBase] of UNIT_BASES) {
    const first = written.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), [written, unitBase] as const]);
  }
  return byFirst;
})();

/**
 * Read the longest known unit (with an optional magnitude prefix) starting at `start` in `text`.
 * Returns null when no unit of the vocabulary starts there. The text must already be half-width.
 * @example matchUnit("完成投资126.6亿元，", 10) // { raw: "亿元", unit: "亿元", prefix: "亿", end: 12, … }
 * @example matchUnit("7万人", 1)?.unit // "万人"
 */
export function matchUnit(text: string, start: number): UnitMatch | null {
  let best: UnitMatch | null = unitAfter(text, start, "", null);
  // Only the prefixes that start with the character at `start` can match (at most one of each length does).
  for (const prefix of PREFIXES_BY_FIRST.get(text.charCodeAt(start)) ?? []) best = unitAfter(text, start, prefix, best);
  return best;
}

/** The magnitude prefixes other than none by their first UTF-16 unit. */
const PREFIXES_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const byFirst = new Map<number, string[]>();
  for (const [prefix] of UNIT_PREFIXES) if (prefix !== "") byFirst.set(prefix.charCodeAt(0), [...(byFirst.get(prefix.charCodeAt(0)) ?? []), prefix]);
  return byFirst;
})();

/** The longest unit word after `prefix` at `start`, if longer than `best` (or as long with a shorter prefix). */
function unitAfter(text: string, start: number, prefix: string, best: UnitMatch | null): UnitMatch | null {
  if (prefix !== "" && !text.startsWith(prefix, start)) return best;
  const afterPrefix = start + prefix.length;
  const words = BASES_BY_FIRST.get(text.charCodeAt(afterPrefix));
  if (words === undefined) return best;
  let found = best;
  for (const [written, unitBase] of words) {
    if (prefix !== "" && !unitBase.prefixable) continue;
    if (prefix === "" && unitBase.prefixRequired === true) continue;
    if (!text.startsWith(written, afterPrefix)) continue;
    const end = afterPrefix + written.length;
    const longer = found === null || end > found.end || (end === found.end && prefix.length < found.prefix.length);
    if (longer) found = { raw: text.slice(start, end), unit: prefix + unitBase.canonical, prefix, base: unitBase, end };
  }
  return found;
}
