/**
 * The tasks whose titles hold each run of two or more digits (a figure or a batch number: 第12345批, 798亿元), for
 * the title matcher: for a run, the numbers of the tasks holding it, in table order, each once however often its
 * title repeats it — or none when more than `limit` tasks hold it (a common number says little). Kept as chains
 * through three growing lists of numbers (a task, the entry before it for the same run, how many tasks so far), so
 * that 100,000 titles each with its own batch number make no list per number.
 * @example titleNumberIndex(["第12批工业项目", "第12批农田水利", "第3批"], 50)("12") // [0, 1]
 */
export function titleNumberIndex(titles: readonly string[], limit: number): (number: string) => number[] {
  const lastEntry = new Map<number | string, number>();
  const entryTask: number[] = [];
  const entryBefore: number[] = [];
  const entryCount: number[] = [];
  titles.forEach((title, taskIndex) => {
    for (let at = 0; at < title.length; ) {
      const end = digitsEnd(title, at);
      if (end - at >= 2) {
        const key = numberKey(title, at, end);
        const before = lastEntry.get(key) ?? -1;
        if (before < 0 || entryTask[before] !== taskIndex) {
          lastEntry.set(key, entryTask.length);
          entryBefore.push(before);
          entryCount.push(before < 0 ? 1 : entryCount[before] + 1);
          entryTask.push(taskIndex);
        }
      }
      at = Math.max(end, at + 1);
    }
  });
  return (number) => {
    const last = lastEntry.get(numberKey(number, 0, number.length)) ?? -1;
    if (last < 0 || entryCount[last] > limit) return [];
    const found = new Array<number>(entryCount[last]);
    for (let entry = last, at = found.length - 1; entry >= 0; entry = entryBefore[entry], at--) found[at] = entryTask[entry];
    return found;
  };
}

/** The end of the run of ASCII digits starting at `from` (`from` itself when none). */
function digitsEnd(title: string, from: number): number {
  let end = from;
  for (let code = title.charCodeAt(end); code >= 0x30 && code <= 0x39; code = title.charCodeAt(++end));
  return end;
}

/**
 * A run of digits as a key: up to 8 digits a small integer telling their length and value apart (012 from 12), which
 * needs no string made and is hashed at once; a longer run its text.
 */
function numberKey(text: string, start: number, end: number): number | string {
  if (end - start > 8) return text.slice(start, end);
  let value = end - start;
  for (let at = start; at < end; at++) value = value * 10 + (text.charCodeAt(at) - 0x30);
  return value;
}
