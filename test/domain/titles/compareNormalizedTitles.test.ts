import fc from "fast-check";
import { compareNormalizedTitles } from "../../../src/domain/titles/compareNormalizedTitles";
import { createTitleMatcher } from "../../../src/domain/progress/createTitleMatcher";
import { titleSimilarity } from "../../../src/domain/titles/titleSimilarity";
import { industrialYearTasks } from "../progress/industrialYearTasks";

/** The measure as first written, character by character with a map of pairs: the faster one must score exactly alike. */
function referenceScore(a: string, b: string): number {
  if (a === b) return a === "" ? 0 : 1;
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0 || right.length === 0) return 0;
  let dice = 0;
  if (left.length >= 2 && right.length >= 2) {
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < left.length; i++) counts.set(left[i] + left[i + 1], (counts.get(left[i] + left[i + 1]) ?? 0) + 1);
    let common = 0;
    for (let i = 0; i + 1 < right.length; i++) {
      const count = counts.get(right[i] + right[i + 1]) ?? 0;
      if (count > 0) {
        common++;
        counts.set(right[i] + right[i + 1], count - 1);
      }
    }
    dice = (2 * common) / (left.length - 1 + right.length - 1);
  }
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length < 4) return dice;
  const ratio = short.length / long.length;
  if (long.join("").includes(short.join(""))) return Math.max(dice, 0.9 + 0.1 * ratio);
  for (let start = 0; start < long.length; start++) {
    if (long[start] !== short[0]) continue;
    let at = 1;
    let end = start;
    for (let i = start + 1; i < long.length && at < short.length && i - start < 2 * short.length; i++) {
      if (long[i] === short[at]) {
        at++;
        end = i;
      }
    }
    if (at === short.length && end - start < 2 * short.length) return Math.max(dice, 0.85 + 0.1 * ratio);
  }
  return dice;
}

describe("compareNormalizedTitles and the title matcher", () => {
  it("scores exactly as the measure character by character, within and beyond the Basic Multilingual Plane", () => {
    // A small alphabet makes shared pairs, substrings and abbreviations frequent; 𠀀 and 𡈽 take two UTF-16 units.
    const title = fc.array(fc.constantFrom(..."推进项目建设工业投资完成省市县区重点𠀀𡈽12"), { maxLength: 40 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(title, title, (a, b) => {
        expect(compareNormalizedTitles(a, b)).toBe(referenceScore(a, b));
      }),
      { numRuns: 3000 },
    );
    expect(compareNormalizedTitles("技术创新项目", "组织推进技术创新项目500项总投资100亿元")).toBe(referenceScore("技术创新项目", "组织推进技术创新项目500项总投资100亿元"));
    expect(compareNormalizedTitles("上半年工业项目建设情况小结", "领导小组7月份对全省上半年工业项目建设情况进行小结")).toBeCloseTo(0.85 + 0.1 * (13 / 25), 10);
  });

  it("scores one title against many in a row as against each alone, surrogates in either or not", () => {
    const title = fc.array(fc.constantFrom(..."推进项目建设工业投资𠀀1", "\ud800", "\udc00"), { maxLength: 12 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(title, fc.array(title, { maxLength: 8 }), (a, others) => {
        for (const b of others) expect(compareNormalizedTitles(a, b)).toBe(referenceScore(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it("scores between 0 and 1, symmetrically, 1 for equal titles", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const score = compareNormalizedTitles(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(compareNormalizedTitles(b, a)).toBeCloseTo(score, 10);
        if (a !== "") expect(compareNormalizedTitles(a, a)).toBe(1);
      }),
    );
  });

  it("finds through its index the same best task as comparing with every task", () => {
    const tasks = industrialYearTasks();
    const matcher = createTitleMatcher(tasks);
    for (const title of ["技术创新项目", "规模以上工业增加值", "工业大项目当年计划投资", "上半年工业项目建设情况小结", "全省工业用电量"]) {
      const everyTask = tasks.map((task) => ({ id: task.id, score: titleSimilarity(title, task.title) })).sort((a, b) => b.score - a.score);
      const found = matcher.candidates(title, 1)[0];
      expect(found.task.id).toBe(everyTask[0].id);
      expect(found.score).toBeCloseTo(everyTask[0].score, 10);
    }
  });
});
