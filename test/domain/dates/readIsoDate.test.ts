import { readIsoDate } from "../../../src/domain/dates/readIsoDate";

describe("readIsoDate", () => {
  it("reads real dates and refuses others", () => {
    expect(readIsoDate("2009-10-31")).toEqual({ year: 2009, month: 10, day: 31 });
    expect(readIsoDate("2008-02-29T00:00:00Z")).toEqual({ year: 2008, month: 2, day: 29 });
    expect(readIsoDate("2009-02-29")).toBeNull();
    expect(readIsoDate("2009/10/31")).toBeNull();
    expect(readIsoDate(null)).toBeNull();
  });
});
