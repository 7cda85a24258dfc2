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
  if (a === "" || b === "") return 0;
  // Titles are nearly always within the Basic Multilingual Plane: one UTF-16 unit per character, compared in place
  // (a surrogate is found while their pairs are made).
  return compareUnits(a, b) ?? compareCharacters(Array.from(a), Array.from(b));
}

/** Titles of one UTF-16 unit per character: the same measure, with no array or map made per comparison; null when either has a surrogate. */
function compareUnits(a: string, b: string): number | null {
  const dice = diceOfUnits(a, b);
  if (dice === null) return null;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_ABBREVIATION_LENGTH) return dice;
  const ratio = short.length / long.length;
  if (long.includes(short)) return Math.max(dice, 0.9 + 0.1 * ratio);
  if (isCompactSubsequence(short, long)) return Math.max(dice, 0.85 + 0.1 * ratio);
  return dice;
}

/** Titles with characters beyond the Basic Multilingual Plane, character by character. */
function compareCharacters(left: string[], right: string[]): number {
  const dice = diceCoefficient(left, right);
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length < MIN_ABBREVIATION_LENGTH) return dice;
  const ratio = short.length / long.length;
  if (long.join("").includes(short.join(""))) return Math.max(dice, 0.9 + 0.1 * ratio);
  if (isCompactSubsequence(short, long)) return Math.max(dice, 0.85 + 0.1 * ratio);
  return dice;
}

/** Pairs of the two titles being compared, as 32-bit numbers (first unit << 16 | second), reused between comparisons. */
let leftPairs = new Int32Array(256);
let rightPairs = new Int32Array(256);
/** The title whose sorted pairs `leftSorted` holds (null: it has a surrogate): one title is compared with many tasks' in a row. */
let leftTitle = "";
let leftSorted: Int32Array | null = new Int32Array(0);

/** The Dice coefficient of two titles' character pairs: 2 × pairs in common (each counted once) / all pairs; null when either has a surrogate. */
function diceOfUnits(a: string, b: string): number | null {
  if (a !== leftTitle) {
    if (a.length > leftPairs.length) leftPairs = new Int32Array(a.length * 2);
    leftTitle = a;
    leftSorted = pairsOf(a, leftPairs);
  }
  if (b.length > rightPairs.length) rightPairs = new Int32Array(b.length * 2);
  const left = leftSorted;
  const right = left === null ? null : pairsOf(b, rightPairs);
  if (left === null || right === null) return null;
  if (a.length < 2 || b.length < 2) return 0;
  // Both lists sorted: the pairs in common are counted in one walk, as a multiset intersection.
  let common = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    if (left[i] === right[j]) {
      common++;
      i++;
      j++;
    } else if (left[i] < right[j]) i++;
    else j++;
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/** A title's pairs of UTF-16 units, sorted (null when it has a surrogate). */
function pairsOf(text: string, into: Int32Array): Int32Array | null {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return null;
    if (i > 0) into[i - 1] = (previous << 16) | unit;
    previous = unit;
  }
  return into.subarray(0, Math.max(0, text.length - 1)).sort();
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
function isCompactSubsequence(short: string | readonly string[], long: string | readonly string[]): boolean {
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
