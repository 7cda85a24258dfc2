import { titlePairKeys } from "./titlePairKeys";

/**
 * The tasks whose titles hold each character pair (titlePairKeys), for the title matcher: for a pair's key, the
 * numbers of the tasks holding it, in table order, each once however often its title repeats the pair. Built in
 * two passes into one typed array (a count per pair, then the tasks in place), so that 100,000 titles of 27
 * characters — 2.6 million pairs over a few hundred distinct ones — make no growing list per pair.
 * @example titlePairIndex(["工业投资", "工业项目"])(titlePairKeys("工业")[0]) // Int32Array [0, 1]
 */
export function titlePairIndex(titles: readonly string[]): (key: number) => Int32Array {
  const listOf = createPairTable();
  const counts: number[] = [];
  const lastTask: number[] = [];
  let capacity = 0;
  for (const title of titles) capacity += Math.max(1, title.length - 1);
  // Each pair met, as the number of its list and the task it was met in (a task's repeated pair kept once).
  const metLists = new Int32Array(capacity);
  const metTasks = new Int32Array(capacity);
  let met = 0;
  titles.forEach((title, taskIndex) => {
    for (const key of titlePairKeys(title)) {
      let list = listOf.get(key);
      if (list < 0) {
        list = counts.push(0) - 1;
        lastTask.push(-1);
        listOf.set(key, list);
      }
      if (lastTask[list] === taskIndex) continue;
      lastTask[list] = taskIndex;
      counts[list]++;
      metLists[met] = list;
      metTasks[met] = taskIndex;
      met++;
    }
  });
  const starts = new Int32Array(counts.length + 1);
  counts.forEach((count, list) => (starts[list + 1] = starts[list] + count));
  const entries = new Int32Array(met);
  const next = starts.slice(0, counts.length);
  for (let at = 0; at < met; at++) entries[next[metLists[at]]++] = metTasks[at];
  const none = new Int32Array(0);
  return (key) => {
    const list = listOf.get(key);
    return list < 0 ? none : entries.subarray(starts[list], starts[list + 1]);
  };
}

/**
 * Pair keys → list numbers (-1 for a pair not met). The 32-bit keys (nearly all) live in an open-addressing table of
 * typed arrays, so that no key is boxed or hashed as a heap number per look-up; the wider ones in a map.
 */
function createPairTable(): { get(key: number): number; set(key: number, list: number): void } {
  let bits = 10;
  let keys = new Int32Array(1 << bits);
  /** The list number + 1 at each slot, 0 for an empty one. */
  let lists = new Int32Array(1 << bits);
  let size = 0;
  const wide = new Map<number, number>();
  const slotOf = (key: number): number => {
    const mask = keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    while (lists[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  };
  const place = (key: number, list: number): void => {
    const slot = slotOf(key);
    keys[slot] = key;
    lists[slot] = list + 1;
  };
  return {
    get(key) {
      if ((key | 0) !== key) return wide.get(key) ?? -1;
      return lists[slotOf(key)] - 1;
    },
    set(key, list) {
      if ((key | 0) !== key) {
        wide.set(key, list);
        return;
      }
      if (2 * (size + 1) > keys.length) {
        const [oldKeys, oldLists] = [keys, lists];
        bits++;
        keys = new Int32Array(1 << bits);
        lists = new Int32Array(1 << bits);
        oldLists.forEach((stored, slot) => stored !== 0 && place(oldKeys[slot], stored - 1));
      }
      place(key, list);
      size++;
    },
  };
}
