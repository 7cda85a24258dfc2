import { excelWouldConvert } from "../../../src/domain/writing/excelWouldConvert";

describe("excelWouldConvert: text Excel would not keep as typed in a General cell", () => {
  test.each([
    ['=HYPERLINK("http://x","点击")', "a formula"],
    ["+1+1", "a formula"],
    ["-2+3", "a formula"],
    ["@SUM(A1)", "a formula"],
    ["0012", "a number losing its zeros"],
    ["1,200", "a number with thousands"],
    ["6%", "a percentage"],
    ["1E5", "a number in scientific notation"],
    ["(3)", "a negative number"],
    ["2009-10-31", "a date"],
    ["2009/10/31", "a date"],
    ["10/31", "a date"],
    ["2009年12月31日", "a date as the ledger writes deadlines"],
    ["2009年10月", "a month"],
    ["10月31日", "a date"],
    ["10:30", "a time"],
    ["TRUE", "a boolean"],
  ])("%s (%s)", (text) => expect(excelWouldConvert(text)).toBe(true));

  test.each([
    "耕地保有量保持在553万公顷",
    "城镇保障性安居工程建设（第1项）",
    "省国土资源厅",
    "1-10月推进情况正常",
    "完成投资284亿元",
    "滞后",
    "",
  ])("%s stays General", (text) => expect(excelWouldConvert(text)).toBe(false));
});
