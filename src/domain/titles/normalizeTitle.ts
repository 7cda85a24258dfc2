import { normalizeName } from "../text/normalizeName";

/** Punctuation and symbols that differ between copies of one title without changing its meaning. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;
/** A leading enumeration: 1. / 1、/ （一）/ 一、/ (3) / ①. */
const ENUMERATION = /^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．,，]|[①-⑳])/u;

/**
 * A task title reduced to what identifies it: half-width, no spaces, no leading enumeration,
 * no punctuation or quotation marks. Digits, letters and 汉字 are kept (figures tell tasks apart).
 * @example normalizeTitle("（三）制定宣传方案，对“工业项目年”进展情况广泛宣传。") // "制定宣传方案对工业项目年进展情况广泛宣传"
 * @example normalizeTitle("增长４０％以上") // "增长40以上"
 */
export function normalizeTitle(text: string): string {
  // Most titles have nothing normalizeName changes: one look at each character, then the marks left out in one pass.
  let marks = false;
  for (let at = 0; at < text.length; at++) {
    const kind = kindOf(text.charCodeAt(at));
    if ((kind & WRITTEN_OTHERWISE) !== 0) return normalizeName(text).replace(ENUMERATION, "").replace(PUNCTUATION, "");
    if ((kind & MARK) !== 0) marks = true;
  }
  const bare = text.replace(ENUMERATION, "");
  return marks ? withoutMarks(bare) : bare;
}

/** A character's kind is known (worked out on first meeting it, from the rules above). */
const KNOWN = 1;
/** normalizeName writes it otherwise (a full-width form, white space, a bracket) — or it is half of a surrogate pair. */
const WRITTEN_OTHERWISE = 2;
/** Punctuation or a symbol (PUNCTUATION). */
const MARK = 4;
const KINDS = new Uint8Array(0x10000);
const SURROGATE = /[\uD800-\uDFFF]/;

function kindOf(code: number): number {
  let kind = KINDS[code];
  if (kind === 0) {
    const character = String.fromCharCode(code);
    const otherwise = SURROGATE.test(character) || normalizeName(character) !== character;
    kind = KNOWN | (otherwise ? WRITTEN_OTHERWISE : 0) | (!otherwise && character.replace(PUNCTUATION, "") === "" ? MARK : 0);
    KINDS[code] = kind;
  }
  return kind;
}

/**
 * The text without its punctuation and symbols (one UTF-16 unit each: the text has no surrogate), as one flat text:
 * the pieces are joined at once, not chained — a title kept for the whole matching holds no pieces of itself.
 */
function withoutMarks(text: string): string {
  const kept: string[] = [];
  let runStart = 0;
  for (let at = 0; at < text.length; at++) {
    if ((kindOf(text.charCodeAt(at)) & MARK) === 0) continue;
    if (at > runStart) kept.push(text.slice(runStart, at));
    runStart = at + 1;
  }
  if (runStart === 0) return text;
  kept.push(text.slice(runStart));
  return kept.join("");
}
