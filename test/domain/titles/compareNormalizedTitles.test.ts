import fc from "fast-check";
import { compareNormalizedTitles } from "../../../src/domain/titles/compareNormalizedTitles";
import { createTitleMatcher } from "../../../src/domain/progress/createTitleMatcher";
import { titleSimilarity } from "../../../src/domain/titles/titleSimilarity";
import { industrialYearTasks } from "../progress/industrialYearTasks";

describe("compareNormalizedTitles and the title matcher", () => {
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
