import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { ImportDivisionOptions } from "../../src/domain/import/importDivisionText";
import { importDivisionText } from "../../src/domain/import/importDivisionText";
import type { ResponsibilityKind, Task } from "../../src/domain/task";
import { Converter } from "opencc-js/t2cn";

/** Traditional → simplified as the command line and the page pass it in (opencc-js). */
const toSimplified = Converter({ from: "t", to: "cn" });

/** One task of a corpus document's expected table (expected.json, written by reading the document). */
export interface ExpectedDivisionTask {
  /** The number as printed ("1.", "(一)", "204."). */
  number: string;
  /** Printed numbers of the headings the task stands under, outermost first. */
  section: string[];
  titleStart: string;
  leads: string[];
  supporting: string[];
  leaders: string[];
  kind: ResponsibilityKind;
  /** Names (units, leaders) the reading inferred rather than read. */
  inferred: string[];
  /** The number is inherited from a merged cell above, not printed on the task's own row. */
  numberInferred?: boolean;
  /** An unnumbered heading (——推进教育高质量发展) the task stands under. */
  heading?: string;
}

/** A corpus document: its folder, its text and its expected table. */
export interface CorpusDocument {
  slug: string;
  text: string;
  tasks: ExpectedDivisionTask[];
  notTasks: Array<{ number: string; section: string[] }>;
  /** Options the clerk would give (the level of a document with parallel 省/市 columns). */
  options: ImportDivisionOptions;
}

export const CORPUS_FOLDER = join(__dirname, "..", "fixtures", "corpus", "divisions");

/** Every document of the corpus (or of another folder of documents in the same form), in folder order. */
export function corpusDocuments(corpusFolder: string = CORPUS_FOLDER): CorpusDocument[] {
  return readdirSync(corpusFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpusFolder, entry.name, "expected.json")))
    .map((entry) => {
      const folder = join(corpusFolder, entry.name);
      const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as {
        tasks: ExpectedDivisionTask[];
        notTasks?: Array<{ number: string; section: string[] }>;
        importOptions?: ImportDivisionOptions;
      };
      return {
        slug: entry.name,
        text: readFileSync(join(folder, "source.txt"), "utf8"),
        tasks: expected.tasks,
        notTasks: expected.notTasks ?? [],
        options: expected.importOptions ?? {},
      };
    });
}

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, "");
const sorted = (names: readonly string[]): string[] => [...names].sort();

/** The fields compared for one task, as the product read them. */
export interface ReadTaskFields {
  number: string;
  section: string[];
  leads: string[];
  supporting: string[];
  leaders: string[];
  kind: ResponsibilityKind;
  inferred: string[];
  numberInferred: boolean;
}

export function readFields(task: Task): ReadTaskFields {
  return {
    number: task.number ?? "",
    section: task.section ?? [],
    leads: task.leads,
    supporting: task.supporting,
    leaders: task.leaders ?? [],
    kind: task.responsibility,
    inferred: sorted(task.inferred ?? []),
    numberInferred: task.numberInferred === true,
  };
}

export function expectedFields(task: ExpectedDivisionTask): ReadTaskFields {
  return {
    number: task.number,
    section: task.section,
    leads: task.leads,
    supporting: task.supporting,
    leaders: task.leaders,
    kind: task.kind,
    inferred: sorted(task.inferred),
    numberInferred: task.numberInferred === true,
  };
}

/** A document's expected tasks, each with the imported task whose title starts the same way (in order), or null. */
export function alignTasks(document: CorpusDocument): { tasks: Task[]; pairs: Array<{ expected: ExpectedDivisionTask; task: Task | null }> } {
  const result = importDivisionText(document.text, { ...document.options, file: "source.txt", toSimplified });
  const tasks = result.ok ? result.value.tasks : [];
  const used = new Set<number>();
  let from = 0;
  const pairs = document.tasks.map((expected) => {
    const start = compact(expected.titleStart);
    let index = tasks.findIndex((task, at) => at >= from && !used.has(at) && compact(task.title).startsWith(start));
    if (index === -1) index = tasks.findIndex((task, at) => !used.has(at) && compact(task.title).startsWith(start));
    if (index === -1) return { expected, task: null };
    used.add(index);
    from = index + 1;
    return { expected, task: tasks[index] };
  });
  return { tasks, pairs };
}

/** Per-document accuracy: tasks found, numbers kept, leads, supporting and leaders exact. */
export function corpusAccuracy(document: CorpusDocument): { slug: string; tasks: number; found: number; numbers: number; leads: number; supporting: number; leaders: number; extra: number } {
  const { tasks, pairs } = alignTasks(document);
  const count = (test: (read: ReadTaskFields, wanted: ReadTaskFields) => boolean): number =>
    pairs.filter(({ expected, task }) => task !== null && test(readFields(task), expectedFields(expected))).length;
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  return {
    slug: document.slug,
    tasks: document.tasks.length,
    found: pairs.filter((pair) => pair.task !== null).length,
    numbers: count((read, wanted) => read.number === wanted.number && same(read.section, wanted.section)),
    leads: count((read, wanted) => same(read.leads, wanted.leads)),
    supporting: count((read, wanted) => same(read.supporting, wanted.supporting)),
    leaders: count((read, wanted) => same(read.leaders, wanted.leaders)),
    extra: tasks.length - pairs.filter((pair) => pair.task !== null).length,
  };
}
