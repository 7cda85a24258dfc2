import type { HeaderVocabulary } from "./headerVocabulary";
import { normalizeHeader } from "./normalizeHeader";

/** Longer cells are titles or notes, not headers. */
const MAX_HEADER_LENGTH = 24;
const MAX_LATIN_HEADER_LENGTH = 40;

/** A vocabulary's term names, normalised, and the terms by the first UTF-16 unit of their name. */
interface TermIndex {
  names: string[];
  byFirstUnit: Map<number, number[]>;
}

/** Computed once per vocabulary: header matching runs for every cell of the first rows of every sheet. */
const indexes = new WeakMap<object, TermIndex>();

function termIndex<C extends string>(vocabulary: HeaderVocabulary<C>): TermIndex {
  let index = indexes.get(vocabulary);
  if (!index) {
    const names = vocabulary.terms.map((term) => normalizeHeader(term.name));
    const byFirstUnit = new Map<number, number[]>();
    names.forEach((name, term) => {
      if (name === "") return; // an empty name matches nothing
      const list = byFirstUnit.get(name.charCodeAt(0));
      if (list) list.push(term);
      else byFirstUnit.set(name.charCodeAt(0), [term]);
    });
    index = { names, byFirstUnit };
    indexes.set(vocabulary, index);
  }
  return index;
}

/**
 * The logical columns a header cell means in a vocabulary, with a score (a whole match beats a header that only
 * contains the name; a longer name beats a shorter one; on a tie the term listed first), or null when it means none.
 * Only the terms whose name starts with one of the header's characters are compared.
 * @example matchHeaderTerm("1-10月完成情况", progressVocabulary) // { columns: ["text"], score: 4 }
 * @example matchHeaderTerm("牵头\n单位", TASK_VOCABULARY) // { columns: ["lead"], score: 1004 }
 */
export function matchHeaderTerm<C extends string>(header: string, vocabulary: HeaderVocabulary<C>): { columns: readonly C[]; score: number } | null {
  const text = normalizeHeader(header);
  if (text === "") return null;
  const latin = /^[\x20-\x7e]*$/.test(text);
  if (text.length > (latin ? MAX_LATIN_HEADER_LENGTH : MAX_HEADER_LENGTH)) return null;
  const { names, byFirstUnit } = termIndex(vocabulary);
  let bestTerm = -1;
  let bestScore = 0;
  for (let at = 0; at < text.length; at++) {
    const terms = byFirstUnit.get(text.charCodeAt(at));
    if (terms === undefined) continue;
    for (const term of terms) {
      const name = names[term];
      if (!text.startsWith(name, at)) continue;
      // The whole header is the name; else the header contains it, which counts unless the term must match whole.
      const score = name.length === text.length ? 1000 + name.length : vocabulary.terms[term].whole ? 0 : name.length;
      if (score > bestScore || (score === bestScore && score > 0 && term < bestTerm)) {
        bestScore = score;
        bestTerm = term;
      }
    }
  }
  return bestTerm < 0 ? null : { columns: vocabulary.terms[bestTerm].columns, score: bestScore };
}
