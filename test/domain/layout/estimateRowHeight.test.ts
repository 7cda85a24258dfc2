import fc from "fast-check";
import { estimateRowHeight } from "../../../src/domain/layout/estimateRowHeight";
import { textWidth } from "../../../src/domain/layout/textWidth";

/** The measure as first written: character by character (astral characters whole), lines split on \r?\n. */
function referenceWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code > 0x2e7f ? 2 : code >= 0x2000 && code <= 0x206f ? 2 : 1;
  }
  return width;
}

function referenceHeight(texts: readonly string[], widths: readonly number[], minimumLines = 1): number {
  let lines = minimumLines;
  texts.forEach((text, col) => {
    if (!text) return;
    const usable = Math.max(1, (widths[col] ?? 10) - 1);
    lines = Math.max(lines, text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil(referenceWidth(line) / usable)), 0));
  });
  return lines * 15 + 4;
}

// Cell texts as ledgers hold them: Chinese, ASCII figures, full-width and general punctuation, line breaks of
// both kinds, a lone \r, characters beyond the BMP and lone surrogates.
const piece = fc.constantFrom("省", "发展改革委", "126.6", "亿元", "，", "“", "—", "\n", "\r\n", "\r", " ", "𠀾", "\ud800", "\udc00", "Ａ", "a", "");
const cellText = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));

describe("estimateRowHeight and textWidth", () => {
  it("measure exactly as the character-by-character definition, in whole texts and in parts", () => {
    fc.assert(
      fc.property(cellText, fc.nat(40), fc.nat(40), (text, a, b) => {
        expect(textWidth(text)).toBe(referenceWidth(text));
        const [start, end] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        // A part that does not cut a surrogate pair in two measures as the same part copied.
        const cutsPair = (at: number): boolean => at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1]) && /[\udc00-\udfff]/.test(text[at]);
        if (!cutsPair(start) && !cutsPair(end)) expect(textWidth(text, start, end)).toBe(referenceWidth(text.slice(start, end)));
      }),
      { numRuns: 2000 },
    );
  });

  it("estimates the same height as splitting every cell into lines", () => {
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (texts, widths, minimum) => {
        expect(estimateRowHeight(texts, widths, minimum)).toBe(referenceHeight(texts, widths, minimum));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts a printed ledger row's lines", () => {
    // 3 lines of 15 pt: 耕地保有量保持在553万公顷。 is 27 units wide in a column of 10 (9 usable).
    expect(estimateRowHeight(["1", "耕地保有量保持在553万公顷。"], [6, 10])).toBe(49);
    expect(estimateRowHeight(["第一行\r\n第二行\n"], [40])).toBe(49);
    expect(textWidth("𠀾省")).toBe(4);
  });
});
