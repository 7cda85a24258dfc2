/** Beyond the largest code point: a pair with a character beyond the Basic Multilingual Plane as one number. */
const CODE_POINTS = 0x110000;
/** Keys of pairs beyond the Basic Multilingual Plane and of one-character titles start here, past every 32-bit key. */
const WIDE_KEYS = 2 ** 32;

/**
 * Character pairs of a title as numbers, no string made per pair; a one-character title is its own key. A pair of
 * Basic Multilingual Plane characters (nearly all) is the 32-bit number first << 16 | second, which the engine
 * keeps unboxed and hashes quickly; any other pair a number past every 32-bit one.
 * @example titlePairKeys("工业") // [(0x5de5 << 16) | 0x4e1a]
 */
export function titlePairKeys(title: string): number[] {
  const keys: number[] = [];
  let previous = -1;
  let characters = 0;
  for (let i = 0; i < title.length; i++) {
    let point = title.charCodeAt(i);
    if (point >= 0xd800 && point <= 0xdbff && i + 1 < title.length) {
      const low = title.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        point = (point - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (previous >= 0) keys.push(previous <= 0xffff && point <= 0xffff ? (previous << 16) | point : WIDE_KEYS + previous * CODE_POINTS + point);
    previous = point;
    characters++;
  }
  return characters === 1 ? [WIDE_KEYS + CODE_POINTS * CODE_POINTS + previous] : keys;
}
