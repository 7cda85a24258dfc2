import { parseCellAddress } from "../../domain/grid";
import type { SheetMeasure } from "../../domain/limits/sheetSizeProblem";
import { SHEET_LIMITS } from "../../domain/limits/sheetLimits";
import type { XlsxPackage } from "./readXlsxPackage";

/**
 * Count each worksheet's rows, cells and merged cells from its XML, before ExcelJS reads it (ExcelJS builds every
 * cell of a merge: one merge over a whole sheet takes gigabytes). A part larger than SHEET_LIMITS.partBytes once
 * unpacked is not unpacked: it is counted as over every limit.
 * @example (await measureXlsxSheets(pkg))[0] // { sheet: "Sheet1", rows: 1, cells: 1, mergedCells: 17179869184, largestMerge: "A1:XFD1048576" }
 */
export async function measureXlsxSheets(pkg: XlsxPackage): Promise<SheetMeasure[]> {
  const measures: SheetMeasure[] = [];
  for (const sheet of pkg.sheets) {
    const part = pkg.zip.file(sheet.path);
    if (part === null) continue;
    const declared = (part as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (declared > SHEET_LIMITS.partBytes) {
      measures.push({ sheet: sheet.name, rows: Infinity, cells: Infinity, mergedCells: 0 });
      continue;
    }
    const xml = (await pkg.text(sheet.path)) ?? "";
    let mergedCells = 0;
    let largest = 0;
    let largestMerge: string | undefined;
    for (const match of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
      const [from, to] = match[1].split(":");
      const start = parseCellAddress(from ?? "");
      const end = parseCellAddress(to ?? from ?? "");
      if (start === null || end === null) continue;
      const area = (Math.abs(end.row - start.row) + 1) * (Math.abs(end.col - start.col) + 1);
      mergedCells += area;
      if (area > largest) {
        largest = area;
        largestMerge = match[1];
      }
    }
    const measure: SheetMeasure = { sheet: sheet.name, rows: count(xml, /<(?:\w+:)?row[\s>/]/g), cells: count(xml, /<(?:\w+:)?c[\s>/]/g), mergedCells };
    if (largestMerge !== undefined) measure.largestMerge = largestMerge;
    measures.push(measure);
  }
  return measures;
}

function count(text: string, pattern: RegExp): number {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) found += 1;
  return found;
}
