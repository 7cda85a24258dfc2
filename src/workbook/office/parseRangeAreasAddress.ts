import type { MergedRange } from "../../domain/grid";
import { parseCellAddress } from "../../domain/grid";

/**
 * The rectangles of a RangeAreas address ("'台账 2009-10'!A1:N1, '台账 2009-10'!B30:N30"), 0-based in
 * the sheet.
 * @example parseRangeAreasAddress("Sheet1!A1:C1,Sheet1!B3") // [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 2, left: 1, bottom: 2, right: 1 }]
 */
export function parseRangeAreasAddress(address: string): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const part of address.split(",")) {
    const local = part
      .slice(part.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .trim();
    if (!local) continue;
    const [from, to] = local.split(":");
    const start = parseCellAddress(from);
    const end = parseCellAddress(to ?? from);
    if (start && end) ranges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  return ranges;
}
