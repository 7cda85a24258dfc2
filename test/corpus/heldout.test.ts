import { join } from "node:path";
import { alignTasks, corpusDocuments, expectedFields, readFields } from "./divisionCorpus";
import { corpusSlugs, printedHalfUnit, readFixture, runCorpusFixture, verdictAgrees } from "./progressCorpus";

/**
 * The held-out documents (test/fixtures/corpus/heldout, README “Held-out documents”): real division documents and
 * progress tables from places and years the importer was not tuned on, each task asserted as the division and
 * progress corpora assert theirs. A reading still wrong is listed in KNOWN_MISSES with its reason, so the test fails
 * when it changes either way (fixed or newly broken).
 */
const HELDOUT = join(__dirname, "..", "fixtures", "corpus", "heldout");
const DIVISIONS = join(HELDOUT, "divisions");
const PROGRESS = join(HELDOUT, "progress");

/** Readings the engine still gets wrong, by document and task ("slug number section"): none at present. */
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map<string, string>([]);

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, "");
const documents = corpusDocuments(DIVISIONS);

describe("held-out division documents: every task", () => {
  it("holds at least five documents from places and years outside the division corpus", () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(documents.map((document) => [document.slug, document] as const))("%s", (slug, document) => {
    const { tasks, pairs } = alignTasks(document);
    const key = (expected: { number: string; section: string[] }): string => `${slug} ${expected.number} ${expected.section.join(",")}`;

    it(`finds its ${document.tasks.length} tasks and no others`, () => {
      const missing = pairs.filter((pair) => pair.task === null && !KNOWN_MISSES.has(key(pair.expected))).map((pair) => key(pair.expected));
      expect(missing).toEqual([]);
      expect(tasks).toHaveLength(document.tasks.length);
    });

    it("reads each task's number, section, leads, supporting units, leaders, kind and inferred names as the document says", () => {
      const outcome = pairs.map(({ expected, task }) => {
        const right = task !== null && JSON.stringify(readFields(task)) === JSON.stringify(expectedFields(expected));
        return { task: key(expected), right, known: KNOWN_MISSES.has(key(expected)) };
      });
      expect(outcome.filter((each) => each.right === each.known)).toEqual([]);
    });

    it("starts each title where the document's task starts", () => {
      for (const { expected, task } of pairs) {
        if (task === null) continue;
        expect(compact(task.title).startsWith(compact(expected.titleStart))).toBe(true);
      }
    });
  });
});

describe("held-out progress tables: every published ratio, verdict and gap", () => {
  const cases = corpusSlugs(PROGRESS).flatMap((slug) => readFixture(slug, PROGRESS).published.map((published) => ({ slug, published })));
  const runs = new Map<string, Awaited<ReturnType<typeof runCorpusFixture>>>();
  beforeAll(async () => {
    for (const slug of corpusSlugs(PROGRESS)) runs.set(slug, await runCorpusFixture(readFixture(slug, PROGRESS)));
  });
  const evaluationOf = (slug: string, taskId: string) => runs.get(slug)?.evaluations.find((candidate) => candidate.task.id === taskId);

  it("holds at least two circulars and ten published ratios", () => {
    expect(corpusSlugs(PROGRESS).length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((each) => each.published.ratio !== null).length).toBeGreaterThanOrEqual(10);
  });

  test.each(cases.map((each) => [`${each.slug} #${each.published.taskId}: ${each.published.quote}`, each] as const))("%s", (_name, { slug, published }) => {
    const evaluation = evaluationOf(slug, published.taskId);
    expect(evaluation?.status).not.toBe("no-report");
    if (published.ratio !== null) {
      const tolerance = Math.max(0.1, printedHalfUnit(published.ratio, published.quote));
      expect(Math.abs((evaluation?.ratio ?? Number.NaN) - published.ratio) * 100).toBeLessThanOrEqual(tolerance + 1e-9);
    }
    if (published.verdict !== null && evaluation !== undefined) expect(verdictAgrees(published.verdict, evaluation)).toBe(true);
    if (published.gap !== undefined) {
      expect(evaluation?.gapAgainst ?? "expected-progress").toBe(published.gap.against);
      expect(Math.abs((evaluation?.gapPoints ?? Number.NaN) - published.gap.points)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });
});
