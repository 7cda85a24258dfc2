import type { SheetGrid } from "../../domain/grid";
import { readSheets, type ReadSheetsOptions } from "./readSheets";

/**
 * Read one worksheet's used range (values only) as a grid: values, merges and origin (readSheets: size first, row
 * blocks within the payload limit, merges over the used range in their own syncs with a fallback).
 * @example await Excel.run((context) => readSheet(context, "分工方案")) // { name: "分工方案", rows: [...], merges: [...], origin: { row: 0, col: 0 } }
 */
export async function readSheet(context: Excel.RequestContext, name: string, options: ReadSheetsOptions = {}): Promise<SheetGrid> {
  const [grid] = await readSheets(context, [name], options);
  return grid;
}
