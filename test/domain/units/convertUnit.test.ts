import fc from "fast-check";
import { convertUnit } from "../../../src/domain/units/convertUnit";
import { unitFactor } from "../../../src/domain/units/unitFactor";
import { UNIT_BASES, UNIT_PREFIXES } from "../../../src/domain/units/unitTable";

describe("convertUnit", () => {
  it.each([
    [1, "亿元", "万元", 10_000],
    [14_467_000, "万元", "亿元", 1446.7],
    [61_200, "人", "万人", 6.12],
    [5702, "户", "万户", 0.5702],
    [1, "万平方米", "平方米", 10_000],
    [12, "万亩", "亩", 120_000],
    [1, "万公顷", "亩", 150_000],
    [1300, "公里", "千米", 1300],
    [4, "万吨", "吨", 40_000],
    [9.6, "亿立方米", "立方米", 960_000_000],
    [1, "亿斤", "万吨", 5],
    [6, "万辆", "辆", 60_000],
    [90, "万千瓦", "千瓦", 900_000],
    [63.27, "万套", "套", 632_700],
    [85.1, "%", "％", 85.1],
  ])("%d %s = %d %s", (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBeCloseTo(expected, 6);
  });

  it.each([
    ["个", "项"],
    ["个", "亿元"],
    ["户", "人"],
    ["%", "个百分点"],
    ["亩", "吨"],
    ["套", "个"],
    ["批次", "个"],
  ])("cannot convert %s to %s", (from, to) => {
    expect(convertUnit(8, from, to)).toBeNull();
  });

  it("round-trips every convertible pair", () => {
    const units: string[] = [];
    for (const [written, base] of UNIT_BASES) {
      for (const [prefix] of UNIT_PREFIXES) if (prefix === "" || base.prefixable) units.push(prefix + written);
    }
    const pairs: [string, string][] = [];
    for (const a of units) {
      for (const b of units) {
        if (unitFactor(a)?.dimension === unitFactor(b)?.dimension) pairs.push([a, b]);
      }
    }
    expect(pairs.length).toBeGreaterThan(1000);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-200), ([a, b], value) => {
        const there = convertUnit(value, a, b);
        expect(there).not.toBeNull();
        const back = convertUnit(there as number, b, a) as number;
        expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9);
      }),
      { numRuns: 5000 },
    );
  });
});
