/** Below this length (in characters) a title is too short to count as an abbreviation of another. */
const MIN_ABBREVIATION_LENGTH = 4;

/**
 * Similarity (0..1) of two titles already passed through `normalizeTitle`. The larger of:
 * - the Dice coefficient of their character pairs (a reworded or corrected title);
 * - for a short title of at least 4 characters found whole inside the long one (a prefix or a
 *   phrase of it): 0.9 + 0.1 × length ratio;
 * - for a short title whose characters all appear in order in the long one, within a stretch at most
 *   twice its length (an abbreviation such as 上半年工业项目建设情况小结 of
 *   领导小组7月份对全省上半年工业项目建设情况进行小结): 0.85 + 0.1 × length ratio.
 * Equal titles score 1; titles with nothing in common 0.
 * @example compareNormalizedTitles("技术创新项目", "组织推进技术创新项目500项总投资100亿元") // ≈ 0.92
 */
export function compareNormalizedTitles(a: string, b: string): number {
  if (a === b) return a === "" ? 0 : 1;
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0 || right.length === 0) return 0;
  const dice = diceCoefficient(left, right);
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length < MIN_ABBREVIATION_LENGTH) return dice;
  const ratio = short.length / long.length;
  const shortText = short.join("");
  const longText = long.join("");
  if (longText.includes(shortText)) return Math.max(dice, 0.9 + 0.1 * ratio);
  if (isCompactSubsequence(short, long)) return Math.max(dice, 0.85 + 0.1 * ratio);
  return dice;
}

function diceCoefficient(left: string[], right: string[]): number {
  if (left.length < 2 || right.length < 2) return 0;
  // A pair of characters as one number (code points are below 0x110000): no string is made per pair.
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < left.length; i++) {
    const pair = pairKey(left[i], left[i + 1]);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i + 1 < right.length; i++) {
    const pair = pairKey(right[i], right[i + 1]);
    const count = counts.get(pair) ?? 0;
    if (count > 0) {
      common++;
      counts.set(pair, count - 1);
    }
  }
  return (2 * common) / (left.length - 1 + right.length - 1);
}

function pairKey(first: string, second: string): number {
  return (first.codePointAt(0) ?? 0) * 0x110000 + (second.codePointAt(0) ?? 0);
}

/** Whether all characters of `short` appear in order in `long` within a window of at most twice its length. */
function isCompactSubsequence(short: string[], long: string[]): boolean {
  const maxSpan = 2 * short.length;
  for (let start = 0; start < long.length; start++) {
    if (long[start] !== short[0]) continue;
    let at = 1;
    let end = start;
    for (let i = start + 1; i < long.length && at < short.length && i - start < maxSpan; i++) {
      if (long[i] === short[at]) {
        at++;
        end = i;
      }
    }
    if (at === short.length && end - start < maxSpan) return true;
  }
  return false;
}
