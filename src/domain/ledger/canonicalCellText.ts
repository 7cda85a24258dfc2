import type { CellValue } from "../grid";
import { cellText } from "../text/cellText";

/**
 * The text of a cell as compared across a write and a read-back: numbers to 10 significant digits
 * (Excel and ExcelJS may store the last binary digits differently), line breaks as \n, trimmed.
 * @example canonicalCellText(0.8333333333333334) // "0.8333333333"
 * @example canonicalCellText(" 省发展改革委\r\n ") // "省发展改革委"
 */
export function canonicalCellText(value: CellValue | undefined): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(Number(value.toPrecision(10))) : "";
  const text = cellText(value);
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
