/** A run of consecutive items with the same key: indexes first..last inclusive. */
export interface Run<K> {
  key: K;
  first: number;
  last: number;
}

/**
 * Group consecutive equal keys into runs, so formatting grows with the number of runs, not of cells.
 * @example contiguousRuns(["green", "green", "red", "green"]) // [{ key: "green", first: 0, last: 1 }, { key: "red", first: 2, last: 2 }, { key: "green", first: 3, last: 3 }]
 */
export function contiguousRuns<K>(keys: readonly K[]): Run<K>[] {
  const runs: Run<K>[] = [];
  keys.forEach((key, index) => {
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.last === index - 1) last.last = index;
    else runs.push({ key, first: index, last: index });
  });
  return runs;
}
