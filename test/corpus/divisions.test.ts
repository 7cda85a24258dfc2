import { alignTasks, corpusAccuracy, corpusDocuments, expectedFields, readFields } from "./divisionCorpus";
import { importDivisionText } from "../../src/domain/import/importDivisionText";
import { Converter } from "opencc-js/t2cn";

const toSimplified = Converter({ from: "t", to: "cn" });

const documents = corpusDocuments();
const compact = (text: string): string => text.replace(/[\s\u3000]+/g, "");

describe("division corpus: every task of every real document", () => {
  it("holds the documents of the corpus", () => {
    expect(documents.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(documents.map((document) => [document.slug, document] as const))("%s", (_slug, document) => {
    const { tasks, pairs } = alignTasks(document);

    it(`finds its ${document.tasks.length} tasks and no others`, () => {
      const missing = pairs.filter((pair) => pair.task === null).map((pair) => `${pair.expected.number} ${pair.expected.titleStart}`);
      expect(missing).toEqual([]);
      expect(tasks).toHaveLength(document.tasks.length);
    });

    it("reads each task's printed number, section, leads, supporting units, leaders, kind and inferred names as the document says", () => {
      const mismatches = pairs
        .filter((pair) => pair.task !== null)
        .map(({ expected, task }) => ({ expected, read: readFields(task!), wanted: expectedFields(expected) }))
        .filter(({ read, wanted }) => JSON.stringify(read) !== JSON.stringify(wanted))
        .map(({ expected, read, wanted }) => `${expected.number} ${expected.titleStart}\n  got  ${JSON.stringify(read)}\n  want ${JSON.stringify(wanted)}`);
      expect(mismatches).toEqual([]);
    });

    it("starts each title where the document's task starts, and keeps unnumbered headings as the category", () => {
      for (const { expected, task } of pairs) {
        if (task === null) continue;
        expect(compact(task.title).startsWith(compact(expected.titleStart))).toBe(true);
        if (expected.heading !== undefined) expect(task.category).toContain(expected.heading);
      }
    });

    it("gives every task a unique id", () => {
      const ids = tasks.map((task) => task.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    if (document.notTasks.length > 0) {
      it("does not take its stated non-tasks for tasks", () => {
        for (const notTask of document.notTasks) {
          const taken = tasks.filter((task) => task.number === notTask.number && JSON.stringify(task.section ?? []) === JSON.stringify(notTask.section));
          expect(taken).toEqual([]);
        }
        const result = importDivisionText(document.text, { ...document.options, file: "source.txt", toSimplified });
        expect(result.problems.length).toBeGreaterThan(0);
      });
    }
  });

  it("reaches full accuracy on every document (tasks found, numbers kept, leads, supporting, leaders)", () => {
    const table = documents.map(corpusAccuracy);
    if (process.env.CORPUS_REPORT) console.log(table.map((row) => Object.values(row).join("\t")).join("\n"));
    for (const row of table) {
      expect({ slug: row.slug, found: row.found, numbers: row.numbers, leads: row.leads, supporting: row.supporting, leaders: row.leaders, extra: row.extra }).toEqual({
        slug: row.slug,
        found: row.tasks,
        numbers: row.tasks,
        leads: row.tasks,
        supporting: row.tasks,
        leaders: row.tasks,
        extra: 0,
      });
    }
  });
});
