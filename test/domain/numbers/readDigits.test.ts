import fc from "fast-check";
import { readDigits } from "../../../src/domain/numbers/readDigits";

describe("readDigits", () => {
  it("reads figures as departments and Excel write them", () => {
    expect(readDigits("完成投资126.6亿元", 4)).toEqual({ value: 126.6, end: 9, scientific: false });
    expect(readDigits("1,700亿元", 0)).toEqual({ value: 1700, end: 5, scientific: false });
    expect(readDigits("1，438.6亿元", 0)).toEqual({ value: 1438.6, end: 7, scientific: false });
    expect(readDigits("1 438.6亿元", 0)).toEqual({ value: 1438.6, end: 7, scientific: false });
    expect(readDigits("1.4386E+11元", 0)).toEqual({ value: 1.4386e11, end: 10, scientific: true });
    expect(readDigits("-3.5%", 0)).toEqual({ value: -3.5, end: 4, scientific: false });
    expect(readDigits("+5个", 0)).toEqual({ value: 5, end: 2, scientific: false });
  });

  it("stops where the figure stops: a point without digits, a lone e, a year before a space", () => {
    expect(readDigits("2009年", 0)).toEqual({ value: 2009, end: 4, scientific: false });
    expect(readDigits("85.个", 0)).toEqual({ value: 85, end: 2, scientific: false });
    expect(readDigits("5e个", 0)).toEqual({ value: 5, end: 1, scientific: false });
    expect(readDigits("2009 年", 0)).toEqual({ value: 2009, end: 4, scientific: false });
    expect(readDigits("12,34", 0)).toEqual({ value: 12, end: 2, scientific: false });
  });

  it("is null where no digit starts", () => {
    expect(readDigits("完成", 0)).toBeNull();
    expect(readDigits("-月", 0)).toBeNull();
  });

  it("reads every plain decimal back to its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom("亿元", "%", "", "个，"), (whole, decimals, unit) => {
        const written = (whole / 10 ** decimals).toFixed(decimals);
        expect(readDigits(`${written}${unit}`, 0)).toEqual({ value: Number(written), end: written.length, scientific: false });
      }),
    );
  });
});
