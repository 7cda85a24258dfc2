import fc from "fast-check";
import { excelWouldConvert } from "../../../src/domain/writing/excelWouldConvert";

/** The rule as first written: trim, then the first character, then the patterns. */
function reference(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (!/[0-9=+\-@tTfFeE¥$￥€£(.]/.test(trimmed[0])) return false;
  if (/^[=+\-@]/.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  if (/\d/.test(trimmed) && /^[+-]?[¥$￥€£]?\(?[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?\)?%?$/.test(trimmed.replace(/\s/g, ""))) return true;
  return [
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/,
    /^\d{1,4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/,
    /^\d{1,2}\s*月\s*\d{1,2}\s*日$/,
    /^\d{1,2}[-\s](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*([-\s]\d{2,4})?$/i,
    /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i,
  ].some((pattern) => pattern.test(trimmed));
}

describe("excelWouldConvert: text Excel would not keep as typed in a General cell", () => {
  test.each([
    ['=HYPERLINK("http://x","点击")', "a formula"],
    ["+1+1", "a formula"],
    ["-2+3", "a formula"],
    ["@SUM(A1)", "a formula"],
    ["0012", "a number losing its zeros"],
    ["1,200", "a number with thousands"],
    ["6%", "a percentage"],
    ["1E5", "a number in scientific notation"],
    ["(3)", "a negative number"],
    ["2009-10-31", "a date"],
    ["2009/10/31", "a date"],
    ["10/31", "a date"],
    ["2009年12月31日", "a date as the ledger writes deadlines"],
    ["2009年10月", "a month"],
    ["10月31日", "a date"],
    ["10:30", "a time"],
    ["TRUE", "a boolean"],
  ])("%s (%s)", (text) => expect(excelWouldConvert(text)).toBe(true));

  test.each([
    "耕地保有量保持在553万公顷",
    "城镇保障性安居工程建设（第1项）",
    "省国土资源厅",
    "1-10月推进情况正常",
    "完成投资284亿元",
    "滞后",
    "",
  ])("%s stays General", (text) => expect(excelWouldConvert(text)).toBe(false));

  it("decides every text as the rule first written does, whatever white space it starts with", () => {
    const piece = fc.constantFrom("=", "+", "-", "@", "1", "2009", "年", "10月", "31日", ":30", ",200", "%", "E5", "true", "推进", "耕地", " ", "\u3000", "\u00a0", "\ufeff", "\u2028", "\u0085", "\t", "\n", "(", ")", "¥", ".", "𠀾", "");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        expect(excelWouldConvert(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
