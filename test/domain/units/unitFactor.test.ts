import { unitFactor } from "../../../src/domain/units/unitFactor";

describe("unitFactor", () => {
  it("gives dimension and factor", () => {
    expect(unitFactor("亿元")).toEqual({ dimension: "money", factor: 1e8, unit: "亿元" });
    expect(unitFactor("万人")).toEqual({ dimension: "people", factor: 1e4, unit: "万人" });
    expect(unitFactor("万套")).toEqual({ dimension: "count:套", factor: 1e4, unit: "万套" });
    expect(unitFactor("亿立方米")?.factor).toBe(1e8);
    expect(unitFactor("%")).toEqual({ dimension: "percent", factor: 1, unit: "%" });
  });

  it("gives null for unknown words and for prefixes a rate cannot take", () => {
    expect(unitFactor("批次")).toBeNull();
    expect(unitFactor("万%")).toBeNull();
    expect(unitFactor("")).toBeNull();
  });
});
