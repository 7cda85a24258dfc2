import { clauseStart } from "../../../src/domain/text/clauseStart";

describe("clauseStart", () => {
  it("finds the start of a figure's clause after the last separator, full- or half-width, looking no further back than asked", () => {
    expect(clauseStart("完成投资90.5亿元,完成年度投资计划的69%", 20)).toBe(11);
    expect(clauseStart("完成投资90.5亿元，比上年同期增长16%；完成年度投资计划的69%", 31)).toBe(22);
    expect(clauseStart("已开工：124个", 4)).toBe(4);
    expect(clauseStart("完成年度投资计划的69%", 9)).toBe(0);
    expect(clauseStart("完成年度投资计划的69%", 9, 3)).toBe(3);
    expect(clauseStart("完成投资，69%", 5, 3)).toBe(5);
  });
});
