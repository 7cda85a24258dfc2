import fc from "fast-check";
import { mostSharedTasks } from "../../../src/domain/progress/mostSharedTasks";

/** The shortlist as first written: tasks grouped by pairs shared, groups taken from the most, the last one in table order. */
function asFirstWritten(touched: readonly number[], shared: Int32Array, floor: number, count: number): number[] {
  const byCount = new Map<number, number[]>();
  for (const taskIndex of touched) {
    const pairs = shared[taskIndex];
    if (pairs >= floor) byCount.set(pairs, [...(byCount.get(pairs) ?? []), taskIndex]);
  }
  const chosen: number[] = [];
  for (const pairs of [...byCount.keys()].sort((a, b) => b - a)) {
    const group = byCount.get(pairs) ?? [];
    if (chosen.length + group.length > count) group.sort((a, b) => a - b);
    for (const taskIndex of group) {
      if (chosen.length >= count) return chosen;
      chosen.push(taskIndex);
    }
  }
  return chosen;
}

describe("mostSharedTasks", () => {
  it("takes the tasks sharing most pairs, the tied ones at the cut first in table order", () => {
    const shared = Int32Array.of(0, 0, 0, 5, 6, 0, 0, 5, 0, 5);
    expect(mostSharedTasks([7, 3, 9, 4], shared, { floor: 3, count: 2, most: 6 })).toEqual([4, 3]);
    expect(mostSharedTasks([7, 3, 9, 4], shared, { floor: 3, count: 4, most: 6 }).sort()).toEqual([3, 4, 7, 9]);
    expect(mostSharedTasks([7, 3, 9, 4], shared, { floor: 6, count: 40, most: 6 })).toEqual([4]);
    expect(mostSharedTasks([7, 3, 9, 4], shared, { floor: 3, count: 1, most: 6 })).toEqual([4]);
    expect(mostSharedTasks([], shared, { floor: 0, count: 40, most: 0 })).toEqual([]);
    // Only the first `touchedCount` of a reused buffer count; thousands tied for a few places keep the first in table order.
    expect(mostSharedTasks(Int32Array.of(7, 3, 9, 4, 0, 0), shared, { floor: 3, count: 2, most: 6 }, 4)).toEqual([4, 3]);
    const many = new Int32Array(6000).fill(1);
    const order = Int32Array.from({ length: 6000 }, (_, at) => (at * 2339) % 6000);
    expect(mostSharedTasks(order, many, { floor: 1, count: 40, most: 1 })).toEqual(Array.from({ length: 40 }, (_, at) => at));
  });

  it("chooses the tasks the shortlist as first written chose, for any counts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        (counts, count, floorDivisor) => {
          const shared = Int32Array.from(counts);
          const touched = counts.map((_, taskIndex) => taskIndex).filter((taskIndex) => shared[taskIndex] > 0);
          touched.sort((a, b) => ((a * 7919) % 61) - ((b * 7919) % 61));
          const most = counts.reduce((best, pairs) => Math.max(best, pairs), 0);
          const floor = Math.ceil(most / floorDivisor);
          const fast = mostSharedTasks(touched, shared, { floor, count, most });
          expect(fast.slice().sort((a, b) => a - b)).toEqual(asFirstWritten(touched, shared, floor, count).sort((a, b) => a - b));
          expect(new Set(fast).size).toBe(fast.length);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
