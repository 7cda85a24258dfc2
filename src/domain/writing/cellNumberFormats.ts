import type { SheetLayout } from "../layout";
import { excelWouldConvert } from "./excelWouldConvert";

/** The number format that keeps a cell's string as text: "=…", "+1+1", "-2+3", "@SUM(A1)" never become formulas. */
export const TEXT_FORMAT = "@";

/**
 * The number format of every cell of a layout, the policy both writers follow (Office.js sets the matrix on the
 * whole range before its values; ExcelJS sets it per cell): the style runs' formats (later runs win), "General"
 * elsewhere and on numbers in text columns (a figure the clerk typed in 备注 stays a number), and "@" (text) on a
 * string cell exactly where Excel would otherwise convert the string (excelWouldConvert: "=…", "0012", "2009年12月31日"),
 * "General" on other strings even in a text column — "@" on long text shows "#####" in desktop Excel. Either way text
 * from the sheets is written back as text.
 * @example cellNumberFormats({ values: [["=1+1", 0.5]], styles: [{ range: { top: 0, left: 1, bottom: 0, right: 1 }, style: { numberFormat: "0.0%" } }] }, 1, 2) // [["@", "0.0%"]]
 */
export function cellNumberFormats(layout: Pick<SheetLayout, "values" | "styles">, rowCount: number, colCount: number): string[][] {
  const formats = Array.from({ length: rowCount }, () => new Array<string>(colCount).fill("General"));
  for (const run of layout.styles) {
    const format = run.style.numberFormat;
    if (!format) continue;
    for (let row = run.range.top; row <= Math.min(run.range.bottom, rowCount - 1); row++) {
      for (let col = run.range.left; col <= Math.min(run.range.right, colCount - 1); col++) formats[row][col] = format;
    }
  }
  for (let row = 0; row < Math.min(layout.values.length, rowCount); row++) {
    const values = layout.values[row];
    const rowFormats = formats[row];
    if (values === undefined) continue;
    for (let col = 0; col < Math.min(values.length, colCount); col++) {
      const value = values[col];
      if (typeof value === "string") rowFormats[col] = excelWouldConvert(value) ? TEXT_FORMAT : rowFormats[col] === TEXT_FORMAT ? "General" : rowFormats[col];
      else if (typeof value === "number" && rowFormats[col] === TEXT_FORMAT) rowFormats[col] = "General";
    }
  }
  return formats;
}
