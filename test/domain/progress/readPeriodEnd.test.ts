import fc from "fast-check";
import { readPeriodEnd } from "../../../src/domain/progress/readPeriodEnd";

/** A day as first checked: through Date.UTC, printed with the year padded to four digits; null when Date moves it. */
function dayAsDateReadsIt(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

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

  it("checks and prints a day as Date.UTC reads it, whatever the year, month and day written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const written = `${String(year).padStart(4, "0")}年${month}月${day}日`;
        expect(readPeriodEnd(written, 2007)).toBe(dayAsDateReadsIt(year, month, day));
      }),
      { numRuns: 3000 },
    );
    for (const year of [1600, 1700, 1900, 2000, 2008, 2100, 9999]) {
      expect(readPeriodEnd("1-2月", year)).toBe(dayAsDateReadsIt(year, 2, 29) ?? dayAsDateReadsIt(year, 2, 28));
      expect(readPeriodEnd(`${year}年2月29日`, 2007)).toBe(dayAsDateReadsIt(year, 2, 29));
    }
  });

  it("reads the same text again for another year (a sheet's 截至日期 repeated down the rows)", () => {
    expect(readPeriodEnd("1-10月", 2007)).toBe("2007-10-31");
    expect(readPeriodEnd("1-10月", 2007)).toBe("2007-10-31");
    expect(readPeriodEnd("1-10月", 2011)).toBe("2011-10-31");
    expect(readPeriodEnd("1-2月", 2008)).toBe("2008-02-29");
    expect(readPeriodEnd("工作任务", 2008)).toBeNull();
    expect(readPeriodEnd("工作任务", 2008)).toBeNull();
    expect(readPeriodEnd("2007年10月31日", 2011)).toBe("2007-10-31");
  });
});
