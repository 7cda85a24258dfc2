/** Where each id was last set, for a table's worth of ids (see createIdIndex). */
export interface IdIndex {
  get(id: string): number | undefined;
  set(id: string, index: number): void;
}

/** Plain whole numbers up to this are kept at their number; larger ones (and all other ids) in the map. */
const LARGEST_KEPT_AT_NUMBER = 1 << 20;

/**
 * A map from ids to places (a row's, a task's) for a table's worth of ids: ids written as plain whole numbers
 * without leading zeros (1, 27, 100000 — as most 序号 are) are kept in a growing array at their number, any other id
 * ("01", "3-2", "一", "1.1") in a map — so that 100,000 numbered rows need no map of 100,000 texts. "01" and "1" are
 * different ids, as written.
 * @example const index = createIdIndex(); index.set("3", 7); index.get("3") // 7; index.get("03") // undefined
 */
export function createIdIndex(): IdIndex {
  /** Place + 1 at each plain number (0: none). */
  let atNumber = new Int32Array(1024);
  const others = new Map<string, number>();
  return {
    get(id: string): number | undefined {
      const number = plainNumber(id);
      if (number < 0) return others.get(id);
      return number < atNumber.length && atNumber[number] !== 0 ? atNumber[number] - 1 : undefined;
    },
    set(id: string, index: number): void {
      const number = plainNumber(id);
      if (number < 0) {
        others.set(id, index);
        return;
      }
      if (number >= atNumber.length) {
        const grown = new Int32Array(Math.min(LARGEST_KEPT_AT_NUMBER + 1, Math.max(number + 1, atNumber.length * 2)));
        grown.set(atNumber);
        atNumber = grown;
      }
      atNumber[number] = index + 1;
    },
  };
}

/** The value of an id that is a plain whole number (no sign, no leading zero, at most LARGEST_KEPT_AT_NUMBER); else -1. */
function plainNumber(id: string): number {
  const length = id.length;
  if (length === 0 || length > 7) return -1;
  const first = id.charCodeAt(0);
  if (first < 0x30 || first > 0x39 || (first === 0x30 && length > 1)) return -1;
  let value = first - 0x30;
  for (let at = 1; at < length; at++) {
    const code = id.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return -1;
    value = value * 10 + (code - 0x30);
  }
  return value <= LARGEST_KEPT_AT_NUMBER ? value : -1;
}
