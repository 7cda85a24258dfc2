import { chineseNumeralValue } from "../../../src/domain/numbers/chineseNumeralValue";

describe("chineseNumeralValue", () => {
  it.each([
    ["二十五", 25],
    ["两千", 2000],
    ["一百零五", 105],
    ["十二", 12],
    ["三千五百万", 35_000_000],
    ["一千零十", 1010],
    ["十万", 100_000],
    ["一亿三千万", 130_000_000],
    ["万亿", 1e12],
    ["二○○七", 2007], // 二○○七年二月二日 (002)
    ["一万二", 12_000],
    ["三千五", 3500],
    ["一点五", 1.5],
    ["壹佰贰拾", 120],
    ["零", 0],
  ])("reads %s as %d", (text, value) => {
    expect(chineseNumeralValue(text)).toBe(value);
  });

  it.each(["", "三四百", "十二五", "点五", "千百", "零五", "一万万"])("refuses %s", (text) => {
    expect(chineseNumeralValue(text)).toBeNull();
  });
});
