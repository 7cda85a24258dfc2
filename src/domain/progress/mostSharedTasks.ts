/**
 * For the title matcher's shortlist: of the tasks a look-up touched (`shared[task]`: how many of the title's pairs
 * each shares, `most` the largest), those sharing the most — at least `floor` — at most `count` of them; of the tasks
 * tied at the last number taken, those first in table order. Counted by number of pairs (a few dozen at most), not
 * sorted; the tasks come in no particular order.
 * @example mostSharedTasks([7, 3, 9, 4], Int32Array.of(0, 0, 0, 5, 6, 0, 0, 5, 0, 5), { floor: 3, count: 2, most: 6 }) // [4, 3]
 */
export function mostSharedTasks(touched: readonly number[], shared: Int32Array, limits: { floor: number; count: number; most: number }): number[] {
  const { floor, count, most } = limits;
  const tasksSharing = new Int32Array(most + 1);
  for (const taskIndex of touched) if (shared[taskIndex] >= floor) tasksSharing[shared[taskIndex]]++;
  // The number of pairs whose tasks do not all fit (below `floor` when all do), and the room left for them.
  let room = count;
  let tiedAt = floor - 1;
  for (let pairs = most; pairs >= floor; pairs--) {
    if (tasksSharing[pairs] > room) {
      tiedAt = pairs;
      break;
    }
    room -= tasksSharing[pairs];
  }
  const chosen: number[] = [];
  const tied: number[] = [];
  for (const taskIndex of touched) {
    const pairs = shared[taskIndex];
    if (pairs > tiedAt) chosen.push(taskIndex);
    else if (pairs === tiedAt && tiedAt >= floor && room > 0) tied.push(taskIndex);
  }
  if (tied.length > 0) {
    tied.sort((a, b) => a - b);
    for (let at = 0; at < room; at++) chosen.push(tied[at]);
  }
  return chosen;
}
