import { titlePairKeys } from "./titlePairKeys";

/**
 * The tasks whose titles hold each character pair (titlePairKeys), for the title matcher: for a pair's key, the
 * numbers of the tasks holding it, in table order, each once however often its title repeats the pair. Built in
 * two passes into one typed array (a count per pair, then the tasks in place), so that 100,000 titles of 27
 * characters — 2.6 million pairs over a few hundred distinct ones — make no growing list per pair; the pairs met are
 * kept once, as their lists' numbers, with where each task's pairs end (fresh memory is dear: as little as will do).
 * @example titlePairIndex(["工业投资", "工业项目"])(titlePairKeys("工业")[0]) // Int32Array [0, 1]
 */
export function titlePairIndex(titles: readonly string[]): (key: number) => Int32Array {
  const listOf = new Map<number, number>();
  const counts: number[] = [];
  const lastTask: number[] = [];
  let capacity = 0;
  for (const title of titles) capacity += Math.max(1, title.length - 1);
  // Each pair met, as the number of its list (a task's repeated pair kept once), and where each task's pairs end.
  const metLists = new Int32Array(capacity);
  const tasksEnd = new Int32Array(titles.length);
  let met = 0;
  // Plain loops, no callbacks: the look-up returned keeps only the lists, not these working arrays with them.
  for (let taskIndex = 0; taskIndex < titles.length; taskIndex++) {
    for (const key of titlePairKeys(titles[taskIndex])) {
      let list = listOf.get(key);
      if (list === undefined) {
        list = counts.push(0) - 1;
        lastTask.push(-1);
        listOf.set(key, list);
      }
      if (lastTask[list] === taskIndex) continue;
      lastTask[list] = taskIndex;
      counts[list]++;
      metLists[met] = list;
      met++;
    }
    tasksEnd[taskIndex] = met;
  }
  const starts = new Int32Array(counts.length + 1);
  for (let list = 0; list < counts.length; list++) starts[list + 1] = starts[list] + counts[list];
  const entries = new Int32Array(met);
  const next = starts.slice(0, counts.length);
  for (let taskIndex = 0, at = 0; taskIndex < titles.length; taskIndex++) for (; at < tasksEnd[taskIndex]; at++) entries[next[metLists[at]]++] = taskIndex;
  const none = new Int32Array(0);
  return (key) => {
    const list = listOf.get(key);
    return list === undefined ? none : entries.subarray(starts[list], starts[list + 1]);
  };
}
