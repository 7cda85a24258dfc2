import { parseDeadline } from "../../../src/domain/dates/parseDeadline";

describe("parseDeadline", () => {
  it.each<[string | number | Date, string]>([
    ["2011年12月底", "2011-12-31"],
    ["2011年12月31日", "2011-12-31"],
    ["2011年12月31日前", "2011-12-31"],
    ["２０１１年６月底前", "2011-06-30"],
    ["2011-12-31", "2011-12-31"],
    ["2011/6/30", "2011-06-30"],
    ["2011.12", "2011-12-31"],
    ["2015年底", "2015-12-31"],
    ["2011年", "2011-12-31"],
    ["2011年上半年", "2011-06-30"],
    ["2011年第三季度", "2011-09-30"],
    ["2007年2月中旬", "2007-02-20"],
    ["2011-2015年", "2015-12-31"],
    ["二〇一一年十二月底", "2011-12-31"],
    [40908, "2011-12-31"],
    ["40908", "2011-12-31"],
    [2015, "2015-12-31"],
    [new Date(Date.UTC(2007, 11, 31)), "2007-12-31"],
    ["6月底前完成方案，2011年12月底前全面实施", "2011-12-31"],
  ])("reads %p as %s", (written, iso) => {
    expect(parseDeadline(written)).toEqual({ date: iso, valid: true });
  });

  it("dates 12月底前 and 年底 in the table's year, and leaves them undated without one (no error)", () => {
    expect(parseDeadline("12月底前", { year: 2011 })).toEqual({ date: "2011-12-31", valid: true });
    expect(parseDeadline("年底", { year: 2011 })).toEqual({ date: "2011-12-31", valid: true });
    expect(parseDeadline("2月29日", { year: 2012 })).toEqual({ date: "2012-02-29", valid: true });
    expect(parseDeadline("12月底前")).toEqual({ date: null, valid: true });
  });

  it.each(["长期", "持续推进", "长期坚持", "每季度", "", "  "])("reads %p as no deadline, not an error", (written) => {
    expect(parseDeadline(written)).toEqual({ date: null, valid: true });
  });

  it("reads empty cells as no deadline", () => {
    expect(parseDeadline(null)).toEqual({ date: null, valid: true });
    expect(parseDeadline(undefined)).toEqual({ date: null, valid: true });
  });

  it.each<[string | number, number | undefined]>([
    ["2011年13月", undefined],
    ["2011年2月30日", undefined],
    ["2月30日", 2011],
    ["2月30日", undefined],
    ["2011年2月29日", undefined],
    ["2011-13-01", undefined],
    ["2011/12/32", undefined],
    ["0月底", 2011],
    ["201112", undefined],
    [-5, undefined],
  ])("rejects %p, a date Excel or a clerk would not accept", (written, year) => {
    expect(parseDeadline(written, { year })).toEqual({ date: null, valid: false });
  });
});
