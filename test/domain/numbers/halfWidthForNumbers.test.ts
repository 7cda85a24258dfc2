import { halfWidthForNumbers } from "../../../src/domain/numbers/halfWidthForNumbers";

describe("halfWidthForNumbers", () => {
  it("reads full-width digits, signs and percent half-width, character for character", () => {
    const text = "１－１０月完成投资２４１．４亿元，完成年计划的８５．１％";
    const half = halfWidthForNumbers(text);
    expect(half).toBe("1-10月完成投资241.4亿元，完成年计划的85.1%");
    expect(half.length).toBe(text.length);
  });

  it("reads the minus sign, the small hyphen, the en dash and the small percent sign", () => {
    expect(halfWidthForNumbers("同比下降−2﹪，1﹣10月，6–6.5%")).toBe("同比下降-2%，1-10月，6-6.5%");
  });

  it("gives a text without such characters back as it is", () => {
    const text = "1-10月完成投资126.6亿元，完成年计划的85.1%";
    expect(halfWidthForNumbers(text)).toBe(text);
  });
});
