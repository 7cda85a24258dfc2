import { readPeriodEnd } from "../../../src/domain/progress/readPeriodEnd";

describe("readPeriodEnd", () => {
  it.each([
    ["1-10月完成情况", "2007-10-31"],
    ["1—10月推进情况", "2007-10-31"],
    ["１－１０月工业大项目完成投资２４１．４亿元", "2007-10-31"],
    ["1至10月进展", "2007-10-31"],
    ["一至十月完成情况", "2007-10-31"],
    ["截至10月末进展情况", "2007-10-31"],
    ["截止11月底", "2007-11-30"],
    ["截至10月15日推进情况", "2007-10-15"],
    ["有关部门重点工作进展情况汇总（截至2007年10月31日）", "2007-10-31"],
    ["2009年1-11月", "2009-11-30"],
    ["2007年10月", "2007-10-31"],
    ["2007/10/31", "2007-10-31"],
    ["上半年工作进展", "2007-06-30"],
    ["前三季度", "2007-09-30"],
  ])("reads %s as %s (year 2007 when none is written)", (text, expected) => {
    expect(readPeriodEnd(text, 2007)).toBe(expected);
  });

  it("reads date cells and Excel serial dates", () => {
    expect(readPeriodEnd(new Date(Date.UTC(2007, 9, 31)), 2011)).toBe("2007-10-31");
    expect(readPeriodEnd(39386, 2011)).toBe("2007-10-31");
  });

  it("gives null for text without a period, a date that does not exist, and small numbers", () => {
    expect(readPeriodEnd("工作任务", 2007)).toBeNull();
    expect(readPeriodEnd("2007年2月30日", 2007)).toBeNull();
    expect(readPeriodEnd("1-13月", 2007)).toBeNull();
    expect(readPeriodEnd(12, 2007)).toBeNull();
    expect(readPeriodEnd(null, 2007)).toBeNull();
  });
});
