import type { SheetLayout } from "../../domain/layout";
import { excelWouldConvert } from "../../domain/writing/excelWouldConvert";

/**
 * The number format of every cell of a layout, as one matrix to set on the whole range before its
 * values: the style runs' formats (later runs win), "General" elsewhere and on numbers in text columns
 * (a figure the clerk typed in 备注 stays a number), and "@" (text) on a string cell only where Excel would convert the string (excelWouldConvert), even in a text column — set first, it keeps "=…", "+1+1", "-2+3", "@SUM(A1)", "0012" as text in Excel without showing long text as "#####".
 * @example layoutNumberFormats({ values: [["=1+1", 0.5]], styles: [{ range: { top: 0, left: 1, bottom: 0, right: 1 }, style: { numberFormat: "0.0%" } }], … }) // [["@", "0.0%"]]
 */
export function layoutNumberFormats(layout: Pick<SheetLayout, "values" | "styles">, rowCount: number, colCount: number): string[][] {
  const formats = Array.from({ length: rowCount }, () => new Array<string>(colCount).fill("General"));
  for (const run of layout.styles) {
    const format = run.style.numberFormat;
    if (!format) continue;
    for (let row = run.range.top; row <= Math.min(run.range.bottom, rowCount - 1); row++) {
      for (let col = run.range.left; col <= Math.min(run.range.right, colCount - 1); col++) formats[row][col] = format;
    }
  }
  layout.values.forEach((values, row) => {
    if (row >= rowCount) return;
    values.forEach((value, col) => {
      if (col >= colCount) return;
      if (typeof value === "string") formats[row][col] = excelWouldConvert(value) ? "@" : formats[row][col] === "@" ? "General" : formats[row][col];
      else if (typeof value === "number" && formats[row][col] === "@") formats[row][col] = "General";
    });
  });
  return formats;
}
