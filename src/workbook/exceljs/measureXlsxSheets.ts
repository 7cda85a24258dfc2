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
    const declared = pkg.declaredSize(sheet.path);
    if (declared === null) continue;
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
    const prefixes = elementPrefixes(xml);
    const measure: SheetMeasure = { sheet: sheet.name, rows: countElements(xml, "row", prefixes), cells: countElements(xml, "c", prefixes), mergedCells };
    if (largestMerge !== undefined) measure.largestMerge = largestMerge;
    measures.push(measure);
  }
  return measures;
}

/** The prefixes elements of this part are written with: "" and, when the part uses namespace prefixes (<x:row>), each of them. */
function elementPrefixes(xml: string): string[] {
  const prefixes = new Set([""]);
  for (const match of xml.matchAll(/\bxmlns:(\w+)=/g)) prefixes.add(`${match[1]}:`);
  return [...prefixes];
}

/** How many elements named `name` the part holds, with any of the prefixes (<c …>, <c>, <c/>; never <col> or <cols>). */
function countElements(xml: string, name: string, prefixes: readonly string[]): number {
  let found = 0;
  for (const prefix of prefixes) {
    const open = `<${prefix}${name}`;
    for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
      const next = xml.charCodeAt(at + open.length);
      // A space, tab, line break, ">" or "/" ends the name.
      if (next === 32 || next === 9 || next === 10 || next === 13 || next === 62 || next === 47) found += 1;
    }
  }
  return found;
}
