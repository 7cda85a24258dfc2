import type { HeaderVocabulary } from "./headerVocabulary";
import { normalizeHeader } from "./normalizeHeader";

/** Longer cells are titles or notes, not headers. */
const MAX_HEADER_LENGTH = 24;
const MAX_LATIN_HEADER_LENGTH = 40;

/** Normalised term names per vocabulary, computed once: header matching runs for every cell of every row. */
const normalizedNames = new WeakMap<object, string[]>();

function termNames<C extends string>(vocabulary: HeaderVocabulary<C>): string[] {
  let names = normalizedNames.get(vocabulary);
  if (!names) {
    names = vocabulary.terms.map((term) => normalizeHeader(term.name));
    normalizedNames.set(vocabulary, names);
  }
  return names;
}

/**
 * The logical columns a header cell means in a vocabulary, with a score (a whole match beats a header that only
 * contains the name; a longer name beats a shorter one), or null when it means none.
 * @example matchHeaderTerm("1-10月完成情况", progressVocabulary) // { columns: ["text"], score: 4 }
 * @example matchHeaderTerm("牵头\n单位", TASK_VOCABULARY) // { columns: ["lead"], score: 1004 }
 */
export function matchHeaderTerm<C extends string>(header: string, vocabulary: HeaderVocabulary<C>): { columns: readonly C[]; score: number } | null {
  const text = normalizeHeader(header);
  if (text === "") return null;
  const latin = /^[\x20-\x7e]*$/.test(text);
  if (text.length > (latin ? MAX_LATIN_HEADER_LENGTH : MAX_HEADER_LENGTH)) return null;
  let best: { columns: readonly C[]; score: number } | null = null;
  const names = termNames(vocabulary);
  for (let index = 0; index < vocabulary.terms.length; index++) {
    const term = vocabulary.terms[index];
    const name = names[index];
    let score = 0;
    if (text === name) score = 1000 + name.length;
    else if (!term.whole && text.includes(name)) score = name.length;
    if (score > 0 && (best === null || score > best.score)) best = { columns: term.columns, score };
  }
  return best;
}
