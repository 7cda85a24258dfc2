import fc from "fast-check";
import { normalizeName } from "../../../src/domain/text/normalizeName";
import { normalizeTitle } from "../../../src/domain/titles/normalizeTitle";

/** The rule as first written: normalizeName, then the leading enumeration and every punctuation mark and symbol left out. */
function asFirstWritten(text: string): string {
  return normalizeName(text)
    .replace(/^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．,，]|[①-⑳])/u, "")
    .replace(/[\p{P}\p{S}]/gu, "");
}

describe("normalizeTitle", () => {
  it("keeps what identifies a title: no enumeration, spaces, punctuation or full-width forms", () => {
    expect(normalizeTitle("（三）制定宣传方案，对“工业项目年”进展情况广泛宣传。")).toBe("制定宣传方案对工业项目年进展情况广泛宣传");
    expect(normalizeTitle("增长４０％以上")).toBe("增长40以上");
    expect(normalizeTitle("全省组织推动工业大项目一期第12批，当年计划投资")).toBe("全省组织推动工业大项目一期第12批当年计划投资");
    expect(normalizeTitle("1、加快推进棚户区改造")).toBe("加快推进棚户区改造");
    expect(normalizeTitle("长春市加快推进农村公路续建第7批")).toBe("长春市加快推进农村公路续建第7批");
    expect(normalizeTitle("①㊀𠀀项目（一期）")).toBe("㊀𠀀项目一期");
    expect(normalizeTitle("")).toBe("");
  });

  it("gives what the rule as first written gives, for any text", () => {
    const piece = fc.constantFrom("工业", "项目", "（", "）", "(", ")", "一", "三", "十", "1", "２", "、", "，", ".", "．", "①", "⑳", " ", "\u3000", "\u00a0", "\u200b", "\n", "“", "”", "％", "%", "+", "＋", "《", "》", "—", "·", "𠀀", "😀", "\ud800", "a", "Ａ", "①", "￥", "№");
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
      const text = pieces.join("");
      expect(normalizeTitle(text)).toBe(asFirstWritten(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => expect(normalizeTitle(text)).toBe(asFirstWritten(text))), { numRuns: 2000 });
  });
});
