import type { MergedRange } from "../../domain/grid";
import { parseRangeAreasAddress } from "./parseRangeAreasAddress";

/** At most this many requests for one sheet's merges before giving up on them. */
const MAX_REQUESTS = 64;

/** A rectangle of a sheet, 0-based. */
export interface SheetArea {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * The merged areas of a part of a sheet (ExcelApi 1.13), in their own syncs: the whole area first; when Excel refuses
 * (Range.getMergedAreasOrNullObject "fails to return the result" above 512 merged areas, Excel JavaScript API
 * reference), in halves, recursively — each area is returned by the block holding its top-left cell, so none twice.
 * Null when they could not be read (too many requests, or a single row refused): the caller carries on without them
 * and says so.
 * @example await readMergedAreas(context, sheet, { top: 0, left: 0, rows: 120, cols: 15 }) // [{ top: 0, left: 0, bottom: 0, right: 14 }, …]
 */
export async function readMergedAreas(context: Excel.RequestContext, sheet: Excel.Worksheet, area: SheetArea): Promise<MergedRange[] | null> {
  const found: MergedRange[] = [];
  const blocks: SheetArea[] = [area];
  let requests = 0;
  while (blocks.length > 0) {
    const block = blocks.shift() as SheetArea;
    if (++requests > MAX_REQUESTS) return null;
    const merged = sheet.getRangeByIndexes(block.top, block.left, block.rows, block.cols).getMergedAreasOrNullObject();
    merged.load("address");
    try {
      // One block per request is the point: a refused block is split and asked again.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!mayBeTooMany(error) || block.rows < 2) return null;
      const half = Math.ceil(block.rows / 2);
      blocks.unshift({ ...block, rows: half }, { ...block, top: block.top + half, rows: block.rows - half });
      continue;
    }
    if (!merged.isNullObject) found.push(...parseRangeAreasAddress(merged.address));
  }
  return found;
}

/** Any refusal except those splitting cannot help (the API or the sheet is missing, the clerk is editing a cell). */
function mayBeTooMany(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code !== "ApiNotFound" && code !== "ItemNotFound" && code !== "InvalidOperationInCellEditMode";
}
