/**
 * Levenshtein distance between two names, counted in characters (an insertion, deletion or substitution is one edit).
 * @example editDistance("省发展改委", "省发展改革委") // 1
 * @example editDistance("省林业厅", "省环保厅") // 2
 */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length];
}
