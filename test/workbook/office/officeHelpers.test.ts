import { cellNumberFormats } from "../../../src/domain/writing/cellNumberFormats";
import { rowChunks } from "../../../src/workbook/office/rowChunks";
import { columnWidthPoints } from "../../../src/workbook/office/columnWidthPoints";
import { parseRangeAreasAddress } from "../../../src/workbook/office/parseRangeAreasAddress";
import { isDateFormat } from "../../../src/workbook/office/isDateFormat";

describe("Office.js writer helpers", () => {
  it("builds the number-format matrix: runs' formats, '@' on every string cell, General on numbers in text columns and elsewhere", () => {
    const formats = cellNumberFormats(
      {
        values: [
          ["=1+1", 0.5, null],
          ["-2+3", 0.446, 126.6],
          [3, null, null],
        ],
        styles: [
          { range: { top: 0, left: 1, bottom: 1, right: 1 }, style: { numberFormat: "0.0%" } },
          { range: { top: 0, left: 0, bottom: 3, right: 0 }, style: { numberFormat: "@", bold: true } },
          { range: { top: 1, left: 2, bottom: 1, right: 2 }, style: { fill: "#FFEB9C" } },
        ],
      },
      4,
      3,
    );
    expect(formats).toEqual([
      ["@", "0.0%", "General"],
      ["@", "0.0%", "General"],
      ["General", "General", "General"],
      ["@", "General", "General"],
    ]);
  });

  it("splits rows into chunks under a byte budget", () => {
    expect(rowChunks([3, 3, 3], 6)).toEqual([
      { first: 0, last: 1 },
      { first: 2, last: 2 },
    ]);
    expect(rowChunks([10, 1], 5)).toEqual([
      { first: 0, last: 0 },
      { first: 1, last: 1 },
    ]);
    expect(rowChunks([], 5)).toEqual([]);
  });

  it("converts character widths to points and parses merged-area addresses", () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(parseRangeAreasAddress("'台账 2009-10'!$A$1:$N$1, '台账 2009-10'!B30")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 13 },
      { top: 29, left: 1, bottom: 29, right: 1 },
    ]);
  });

  it("tells date formats from others", () => {
    expect(isDateFormat("yyyy年m月d日")).toBe(true);
    expect(isDateFormat("yyyy/m/d")).toBe(true);
    expect(isDateFormat('General"亿元"')).toBe(false);
    expect(isDateFormat("0.0%")).toBe(false);
    expect(isDateFormat("@")).toBe(false);
    expect(isDateFormat("[Red]0.00")).toBe(false);
  });
});
