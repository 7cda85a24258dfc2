import fc from "fast-check";
import type { HeaderVocabulary } from "../../../src/domain/headers/headerVocabulary";
import { matchHeaderTerm } from "../../../src/domain/headers/matchHeaderTerm";
import { normalizeHeader } from "../../../src/domain/headers/normalizeHeader";
import { PROGRESS_VOCABULARY } from "../../../src/domain/progress/progressVocabulary";
import { TASK_VOCABULARY } from "../../../src/domain/table/taskVocabulary";

/** The rule as first written: every term compared with the whole header, the best score kept (first term on a tie). */
function reference<C extends string>(header: string, vocabulary: HeaderVocabulary<C>): { columns: readonly C[]; score: number } | null {
  const text = normalizeHeader(header);
  if (text === "") return null;
  if (text.length > (/^[\x20-\x7e]*$/.test(text) ? 40 : 24)) return null;
  let best: { columns: readonly C[]; score: number } | null = null;
  for (const term of vocabulary.terms) {
    const name = normalizeHeader(term.name);
    let score = 0;
    if (text === name) score = 1000 + name.length;
    else if (!term.whole && text.includes(name)) score = name.length;
    if (score > 0 && (best === null || score > best.score)) best = { columns: term.columns, score };
  }
  return best;
}

const vocabularies = [TASK_VOCABULARY, PROGRESS_VOCABULARY] as HeaderVocabulary<string>[];
const names = vocabularies.flatMap((vocabulary) => vocabulary.terms.map((term) => term.name));
// Headers as sheets write them: a known name alone, inside other words (1-10月完成情况), two names run together,
// with spaces, line breaks and full-width forms, or words no vocabulary knows.
const word = fc.oneof(fc.constantFrom(...names), fc.constantFrom("1-10月", "（", "）", " ", "\n", "Ａ", "情况", "单位", "年度", "2024年", "备注说明", "x", ""));
const header = fc.array(word, { maxLength: 4 }).map((words) => words.join(""));

describe("matchHeaderTerm", () => {
  it("finds the same term as comparing every term with the header", () => {
    fc.assert(
      fc.property(header, fc.constantFrom(...vocabularies), (text, vocabulary) => {
        expect(matchHeaderTerm(text, vocabulary)).toEqual(reference(text, vocabulary));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the headers of real task tables and progress sheets", () => {
    expect(matchHeaderTerm("牵头\n单位", TASK_VOCABULARY)).toEqual({ columns: ["lead"], score: 1004 });
    expect(matchHeaderTerm("1-10月完成情况", PROGRESS_VOCABULARY)?.columns).toEqual(reference("1-10月完成情况", PROGRESS_VOCABULARY)?.columns);
    expect(matchHeaderTerm("2011年重点工作任务分解表（共一百二十项，按牵头单位排列）", TASK_VOCABULARY)).toBeNull();
    expect(matchHeaderTerm("", TASK_VOCABULARY)).toBeNull();
  });
});
