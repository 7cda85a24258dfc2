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
const BASES_BY_FIRST: ReadonlyMap<string, readonly (readonly [string, UnitBase])[]> = (() => {
  const byFirst = new Map<string, (readonly [string, UnitBase])[]>();
  for (const [written, unitBase] of UNIT_BASES) {
    const first = written.charAt(0);
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
  let best: UnitMatch | null = null;
  for (const [prefix] of UNIT_PREFIXES) {
    if (!text.startsWith(prefix, start)) continue;
    const afterPrefix = start + prefix.length;
    for (const [written, unitBase] of BASES_BY_FIRST.get(text.charAt(afterPrefix)) ?? []) {
      if (prefix !== "" && !unitBase.prefixable) continue;
      if (prefix === "" && unitBase.prefixRequired === true) continue;
      if (!text.startsWith(written, afterPrefix)) continue;
      const end = afterPrefix + written.length;
      const longer = best === null || end > best.end || (end === best.end && prefix.length < best.prefix.length);
      if (longer) best = { raw: text.slice(start, end), unit: prefix + unitBase.canonical, prefix, base: unitBase, end };
    }
  }
  return best;
}
