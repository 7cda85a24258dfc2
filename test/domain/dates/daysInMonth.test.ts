import fc from "fast-check";
import { daysInMonth } from "../../../src/domain/dates/daysInMonth";

describe("daysInMonth", () => {
  it("counts leap years by the Gregorian rule", () => {
    expect(daysInMonth({ year: 2008, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 2009, month: 2 })).toBe(28);
    expect(daysInMonth({ year: 2000, month: 2 })).toBe(29);
    expect(daysInMonth({ year: 1900, month: 2 })).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth({ year: 2007, month }))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it("agrees with the calendar of Date for every year and month, and for months beyond the year as Date counts them", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 12000 }), fc.integer({ min: -2, max: 14 }), (year, month) => {
        expect(daysInMonth({ year, month })).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }),
      { numRuns: 3000 },
    );
  });
});
