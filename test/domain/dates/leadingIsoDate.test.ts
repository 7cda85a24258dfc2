import { chineseDate } from "../../../src/domain/dates/chineseDate";
import { dateExists } from "../../../src/domain/dates/dateExists";
import { leadingIsoDate } from "../../../src/domain/dates/leadingIsoDate";
import { parseAsOf } from "../../../src/domain/dates/parseAsOf";
import { readIsoDate } from "../../../src/domain/dates/readIsoDate";

describe("leadingIsoDate", () => {
  it("reads yyyy-mm-dd and yyyy-m-d at the start of a text and keeps what follows", () => {
    expect(leadingIsoDate("2007-10-31")).toEqual({ year: 2007, month: 10, day: 31, rest: "" });
    expect(leadingIsoDate("2011-1-5")).toEqual({ year: 2011, month: 1, day: 5, rest: "" });
    expect(leadingIsoDate("2008-02-29T00:00:00Z")).toEqual({ year: 2008, month: 2, day: 29, rest: "T00:00:00Z" });
    expect(leadingIsoDate("2009-1-311")).toEqual({ year: 2009, month: 1, day: 31, rest: "1" });
  });

  it("leaves existence to dateExists and reads nothing that does not start as yyyy-m-d", () => {
    expect(leadingIsoDate("2009-02-30")).toEqual({ year: 2009, month: 2, day: 30, rest: "" });
    expect(leadingIsoDate("2007年10月31日")).toBeNull();
    expect(leadingIsoDate("2009/10/31")).toBeNull();
    expect(leadingIsoDate(" 2009-10-31")).toBeNull();
    expect(leadingIsoDate("09-10-31")).toBeNull();
  });
});

describe("dateExists", () => {
  it("knows leap years, month ends and months that are none", () => {
    expect(dateExists({ year: 2012, month: 2, day: 29 })).toBe(true);
    expect(dateExists({ year: 2009, month: 2, day: 29 })).toBe(false);
    expect(dateExists({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(dateExists({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(dateExists({ year: 2009, month: 4, day: 31 })).toBe(false);
    expect(dateExists({ year: 2011, month: 13, day: 1 })).toBe(false);
    expect(dateExists({ year: 2011, month: 0, day: 1 })).toBe(false);
    expect(dateExists({ year: 2011, month: 12, day: 0 })).toBe(false);
  });
});

describe("the readers built on leadingIsoDate keep their own tolerance of what follows the date", () => {
  it("parseAsOf ignores what follows; readIsoDate allows only a time; chineseDate only the date alone", () => {
    expect(parseAsOf(" 2009-10-31 ").period).toBe("2009-10");
    expect(parseAsOf("2009-10-31（月报）").monthEnd).toBe(true);
    expect(readIsoDate("2009-10-31 08:00")).toEqual({ year: 2009, month: 10, day: 31 });
    expect(readIsoDate("2009-10-31（月报）")).toBeNull();
    expect(chineseDate("2009-1-5")).toBe("2009年1月5日");
    expect(chineseDate("2009-10-31（月报）")).toBe("2009-10-31（月报）");
    expect(() => chineseDate("2009-02-30")).toThrow(/截至日期/);
  });
});
