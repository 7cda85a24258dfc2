import { parseAsOf } from "../../../src/domain/dates/parseAsOf";
import { periodSheetName } from "../../../src/domain/dates/periodSheetName";
import { progressColumnHeader } from "../../../src/domain/ledger/progressColumnHeader";
import { progressHeaderOrder } from "../../../src/domain/ledger/progressHeaderOrder";
import { chineseDate } from "../../../src/domain/dates/chineseDate";
import { previousLedgerName } from "../../../src/domain/ledger/previousLedgerName";

describe("as-of dates, sheet names and progress headers", () => {
  it("parses the as-of date and knows a month's end", () => {
    expect(parseAsOf("2009-10-31")).toEqual({ year: 2009, month: 10, day: 31, monthEnd: true, period: "2009-10" });
    expect(parseAsOf("2012-02-29").monthEnd).toBe(true);
    expect(parseAsOf("2009-10-15").monthEnd).toBe(false);
    expect(() => parseAsOf("2011-13-01")).toThrow(RangeError);
    expect(() => parseAsOf("2009-02-29")).toThrow(/截至日期/);
  });

  it("names sheets by period from the settings pattern", () => {
    expect(periodSheetName("台账 {period}", "2009-10-31")).toBe("台账 2009-10");
    expect(periodSheetName("通报汇总 {period}", "2009-11-30")).toBe("通报汇总 2009-11");
    expect(periodSheetName("台账/{period}?", "2009-10-31")).toBe("台账-2009-10-");
    expect(Array.from(periodSheetName("很长的台账名称".repeat(6) + "{period}", "2009-10-31"))).toHaveLength(31);
  });

  it("heads the progress column as real ledgers do and sorts such headers by period", () => {
    expect(progressColumnHeader("2009-10-31")).toBe("1-10月推进情况");
    expect(progressColumnHeader("2009-11-30")).toBe("1-11月推进情况");
    expect(progressColumnHeader("2009-01-31")).toBe("1月推进情况");
    expect(progressColumnHeader("2009-10-15")).toBe("截至10月15日推进情况");
    expect(progressColumnHeader("2009-10-31", "en")).toBe("Progress Jan–Oct");
    expect(progressHeaderOrder("1-10月推进情况")).toBe(1031);
    expect(progressHeaderOrder("1–11月推进情况")).toBe(1131);
    expect(progressHeaderOrder("1至9月进展情况")).toBe(931);
    expect(progressHeaderOrder("截至10月15日推进情况")).toBe(1015);
    expect(progressHeaderOrder("Progress Jan–Oct")).toBe(1031);
    expect(progressHeaderOrder("备注")).toBeNull();
    expect(progressHeaderOrder("推进情况说明")).toBeNull();
  });

  it("writes dates in Chinese", () => {
    expect(chineseDate("2009-10-31")).toBe("2009年10月31日");
    expect(chineseDate("2011年底")).toBe("2011年底");
  });
});

describe("previousLedgerName", () => {
  it("picks this period's ledger when regenerating, else the latest earlier one, never a later one", () => {
    const sheets = ["分工方案", "部门名录", "台账 2009-09", "台账 2009-10", "通报汇总 2009-10", "台账 2009-12"];
    expect(previousLedgerName(sheets, "台账 {period}", "2009-11-30")).toBe("台账 2009-10");
    expect(previousLedgerName(sheets, "台账 {period}", "2009-10-31")).toBe("台账 2009-10");
    expect(previousLedgerName(sheets, "台账 {period}", "2009-08-31")).toBeNull();
    expect(previousLedgerName(["督查台账（2009-10）"], "督查台账（{period}）", "2009-11-30")).toBe("督查台账（2009-10）");
  });
});
