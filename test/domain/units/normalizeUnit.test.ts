import { normalizeUnit } from "../../../src/domain/units/normalizeUnit";

describe("normalizeUnit", () => {
  it.each([
    ["亿元", "亿元"],
    ["（单位：万元）", "万元"],
    [" 万 元 ", "万元"],
    ["千米", "公里"],
    ["万千米", "万公里"],
    ["名", "人"],
    ["万名", "万人"],
    ["％", "%"],
    ["百分点", "个百分点"],
    ["公斤", "千克"],
    ["万元人民币", "万元"],
    ["", ""],
    ["批次", "批次"],
  ])("%s → %s", (text, unit) => {
    expect(normalizeUnit(text)).toBe(unit);
  });
});
