/**
 * For the title matcher's shortlist: of the tasks a look-up touched (the first `touchedCount` of `touched`;
 * `shared[task]`: how many of the title's pairs each shares, `most` the largest), those sharing the most — at least
 * `floor` — at most `count` of them; of the tasks tied at the last number taken, those first in table order. Counted
 * by number of pairs (a few dozen at most), not sorted; the tied tasks kept are picked in one pass, the smallest
 * task numbers so far held in order (a look-up may tie thousands of tasks for a few places). The tasks come in no
 * particular order.
 * @example mostSharedTasks([7, 3, 9, 4], Int32Array.of(0, 0, 0, 5, 6, 0, 0, 5, 0, 5), { floor: 3, count: 2, most: 6 }) // [4, 3]
 */
export function mostSharedTasks(
  touched: ArrayLike<number>,
  shared: Int32Array,
  limits: { floor: number; count: number; most: number },
  touchedCount = touched.length,
): number[] {
  const { floor, count, most } = limits;
  const tasksSharing = new Int32Array(most + 1);
  for (let at = 0; at < touchedCount; at++) if (shared[touched[at]] >= floor) tasksSharing[shared[touched[at]]]++;
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
  // The `room` smallest tied task numbers met so far, in increasing order.
  const tied: number[] = [];
  const tiesTaken = tiedAt >= floor ? room : 0;
  for (let at = 0; at < touchedCount; at++) {
    const taskIndex = touched[at];
    const pairs = shared[taskIndex];
    if (pairs > tiedAt) chosen.push(taskIndex);
    else if (pairs === tiedAt && tiesTaken > 0 && (tied.length < tiesTaken || taskIndex < tied[tied.length - 1])) {
      if (tied.length === tiesTaken) tied.pop();
      let place = tied.length;
      while (place > 0 && tied[place - 1] > taskIndex) place--;
      tied.splice(place, 0, taskIndex);
    }
  }
  for (const taskIndex of tied) chosen.push(taskIndex);
  return chosen;
}
