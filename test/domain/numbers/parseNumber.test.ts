import fc from "fast-check";
import { parseNumber } from "../../../src/domain/numbers/parseNumber";

describe("parseNumber", () => {
  it.each([
    ["１２６.６", 126.6],
    ["126.6亿元", 126.6],
    ["1,700", 1700],
    ["1，700", 1700],
    ["－2.1％", -2.1],
    ["二十五", 25],
    ["两千", 2000],
    ["一百零五", 105],
    ["三千五百万", 35_000_000],
    ["1.2万", 12_000],
    ["1.2万人", 1.2],
    ["  5702 ", 5702],
    ["约8亿元", 8],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(["", "无", "1-10月", "完成投资126.6亿元", "一批", "增长6%左右"])("gives null for %s", (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it("reads back any number it printed", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const printed = String(Math.round(value * 100) / 100);
        if (printed.includes("e")) return;
        expect(parseNumber(printed)).toBe(Number(printed));
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
        const value = parseNumber(text);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
