import { corpusSlugs, printedHalfUnit, readFixture, runCorpusFixture, verdictAgrees } from "./progressCorpus";

/**
 * Every published ratio and verdict of the corpus of real circulars (test/fixtures/corpus/progress/README.md),
 * reproduced from the tasks and reports as the circulars print them. A ratio is compared at the circular's printed
 * precision (53% ± 0.5 point) and to 0.1 point where it prints a decimal; where the circular's own arithmetic is off
 * (its fixture's `arithmetic`, with the quotient of its printed figures), the engine must give that quotient.
 */
const cases = corpusSlugs().flatMap((slug) => {
  const fixture = readFixture(slug);
  return fixture.published.map((published) => ({ slug, fixture, published }));
});
const runs = new Map<string, Awaited<ReturnType<typeof runCorpusFixture>>>();
beforeAll(async () => {
  for (const slug of corpusSlugs()) runs.set(slug, await runCorpusFixture(readFixture(slug)));
});
function run(slug: string): Awaited<ReturnType<typeof runCorpusFixture>> {
  const result = runs.get(slug);
  if (result === undefined) throw new Error(`${slug} was not run`);
  return result;
}

describe("progress corpus: published ratios", () => {
  const ratios = cases.filter((each) => each.published.ratio !== null);
  test("the corpus holds at least 8 circulars and 60 published ratios", () => {
    expect(corpusSlugs().length).toBeGreaterThanOrEqual(8);
    expect(ratios.length).toBeGreaterThanOrEqual(60);
  });
  test.each(ratios.map((each) => [`${each.slug} #${each.published.taskId}: ${each.published.quote}`, each] as const))("%s", (_name, each) => {
    const evaluation = run(each.slug).evaluations.find((candidate) => candidate.task.id === each.published.taskId);
    expect(evaluation).toBeDefined();
    const published = each.published.ratio ?? 0;
    const expected = each.published.arithmetic?.ratio ?? published;
    const tolerance = each.published.arithmetic !== undefined ? 0.1 : Math.max(0.1, printedHalfUnit(published, each.published.quote));
    const got = evaluation?.ratio ?? Number.NaN;
    expect(Math.abs(got - expected) * 100).toBeLessThanOrEqual(tolerance + 1e-9);
    if (each.published.arithmetic !== undefined) {
      // The circular's own figures disagree with its printed ratio: the report says so.
      const row = each.fixture.tasks.find((task) => task.id === each.published.taskId);
      const differs = run(each.slug).problems.filter((problem) => problem.code === "reported-ratio-differs" && problem.message.includes(`“${row?.title ?? ""}”`));
      expect(differs).toHaveLength(1);
    }
  });
});

describe("progress corpus: published verdicts", () => {
  const verdicts = cases.filter((each) => each.published.verdict !== null);
  test.each(verdicts.map((each) => [`${each.slug} #${each.published.taskId}: ${each.published.verdict}`, each] as const))("%s", (_name, each) => {
    const evaluation = run(each.slug).evaluations.find((candidate) => candidate.task.id === each.published.taskId);
    expect(evaluation).toBeDefined();
    if (evaluation === undefined) return;
    expect({ status: evaluation.status, agrees: verdictAgrees(each.published.verdict ?? "", evaluation) }).toEqual({ status: evaluation.status, agrees: true });
  });
});

describe("progress corpus: published gaps", () => {
  const gaps = cases.filter((each) => each.published.gap !== undefined);
  test.each(gaps.map((each) => [`${each.slug} #${each.published.taskId}: ${each.published.quote}`, each] as const))("%s", (_name, each) => {
    const evaluation = run(each.slug).evaluations.find((candidate) => candidate.task.id === each.published.taskId);
    expect({ against: evaluation?.gapAgainst ?? "expected-progress" }).toEqual({ against: each.published.gap?.against });
    expect(Math.abs((evaluation?.gapPoints ?? Number.NaN) - (each.published.gap?.points ?? 0))).toBeLessThanOrEqual(0.1 + 1e-9);
  });
});

describe("progress corpus: statistics published with a lag", () => {
  const lagging = corpusSlugs().filter((slug) => readFixture(slug).dataPeriod !== undefined);
  test("the corpus holds a circular whose figures lag behind its period", () => {
    expect(lagging.length).toBeGreaterThanOrEqual(1);
  });
  test.each(lagging)("%s: its figures count, marked with their period and judged against it, never stale", (slug) => {
    const fixture = readFixture(slug);
    const reported = new Set(fixture.reports.map((report) => report.taskId));
    const evaluations = run(slug).evaluations.filter((evaluation) => reported.has(evaluation.task.id));
    const month = Number((fixture.dataPeriod ?? "").slice(5, 7));
    expect(evaluations.map((evaluation) => evaluation.dataPeriod)).toEqual(evaluations.map(() => fixture.dataPeriod));
    for (const evaluation of evaluations) expect(evaluation.expectedProgress).toBeCloseTo(month / 12, 6);
    expect(run(slug).problems.filter((problem) => problem.code === "stale-report")).toEqual([]);
  });
});

describe("progress corpus: every report with a figure is read", () => {
  test.each(corpusSlugs())("%s: no task shows 未报送 while its report holds a figure or a state", (slug) => {
    const fixture = readFixture(slug);
    const reported = new Set(fixture.reports.map((report) => report.taskId));
    const silent = run(slug)
      .evaluations.filter((evaluation) => reported.has(evaluation.task.id) && evaluation.status === "no-report")
      .map((evaluation) => evaluation.task.id);
    expect(silent).toEqual([]);
  });
});
