import { expectedProgress } from "../../../src/domain/progress/expectedProgress";

describe("expectedProgress", () => {
  it("counts whole months, the as-of month only at its last day (docs/RULES.md)", () => {
    expect(expectedProgress("2009-10-31")).toBeCloseTo(10 / 12, 10); // 83.3%
    expect(expectedProgress("2009-11-30")).toBeCloseTo(11 / 12, 10); // 91.7%
    expect(expectedProgress("2009-11-15")).toBeCloseTo(10 / 12, 10);
    expect(expectedProgress("2009-12-31")).toBe(1);
    expect(expectedProgress("2009-01-15")).toBe(0);
    expect(expectedProgress("2008-02-29")).toBeCloseTo(2 / 12, 10);
  });

  it("counts days elapsed ÷ days in the year as an option", () => {
    expect(expectedProgress("2009-10-31", { method: "days" })).toBeCloseTo(304 / 365, 10);
    expect(expectedProgress("2008-12-31", { method: "days" })).toBe(1);
    expect(expectedProgress("2008-07-01", { method: "days" })).toBeCloseTo(183 / 366, 10);
  });

  it("shortens the year to a deadline within it", () => {
    expect(expectedProgress("2009-03-31", { deadline: "2009-06-30" })).toBeCloseTo(0.5, 10);
    expect(expectedProgress("2009-06-30", { deadline: "2009-06-30" })).toBe(1);
    expect(expectedProgress("2009-10-31", { deadline: "2009-06-30" })).toBe(1);
    expect(expectedProgress("2009-05-31", { deadline: "2009-06-15" })).toBeCloseTo(5 / 5.5, 10);
    expect(expectedProgress("2009-03-31", { deadline: "2009-06-30", method: "days" })).toBeCloseTo(90 / 181, 10);
  });

  it("caps a deadline after the year end at the year", () => {
    expect(expectedProgress("2009-10-31", { deadline: "2010-06-30" })).toBeCloseTo(10 / 12, 10);
    expect(expectedProgress("2009-10-31", { deadline: null })).toBeCloseTo(10 / 12, 10);
  });

  it("measures a multi-year plan in years elapsed", () => {
    expect(expectedProgress("2013-10-31", { planStartYear: 2011, planYears: 5 })).toBeCloseTo((2 + 10 / 12) / 5, 10);
    expect(expectedProgress("2013-12-31", { planStartYear: 2011, planYears: 5 })).toBeCloseTo(0.6, 10);
    expect(expectedProgress("2015-12-31", { planStartYear: 2011, planYears: 5 })).toBe(1);
    expect(expectedProgress("2010-12-31", { planStartYear: 2011, planYears: 5 })).toBe(0);
  });

  it("accepts another start of the plan year", () => {
    expect(expectedProgress("2007-10-31", { yearStart: "2007-02-01" })).toBeCloseTo(9 / 12, 10);
  });

  it("refuses a malformed as-of date", () => {
    expect(() => expectedProgress("2009-02-30")).toThrow(RangeError);
    expect(() => expectedProgress("10月底")).toThrow(/yyyy-mm-dd/);
  });

  it("gives each date, deadline and method its own value when asked again and again, as for every task of a ledger", () => {
    for (let round = 0; round < 3; round++) {
      expect(expectedProgress("2009-03-31", { deadline: "2009-06-30" })).toBeCloseTo(0.5, 10);
      expect(expectedProgress("2009-03-31")).toBeCloseTo(3 / 12, 10);
      expect(expectedProgress("2009-03-31", { method: "days" })).toBeCloseTo(90 / 365, 10);
      expect(expectedProgress("2009-03-3", { deadline: "12009-06-30" })).toBeCloseTo(2 / 12, 10);
      expect(expectedProgress("2009-03-31", { deadline: "2009-03-31" })).toBe(1);
      expect(() => expectedProgress("2009-02-30", { deadline: "2009-06-30" })).toThrow(RangeError);
    }
  });
});
