import type { CellValue, SheetGrid } from "../../domain/grid";
import type { Problem } from "../../domain/problem";
import { missingSheetRefusal } from "../missingSheetRefusal";
import { PortRefusal } from "../portRefusal";
import { isDateFormat } from "./isDateFormat";
import { readMergedAreas } from "./readMergedAreas";
import { utf8Bytes } from "./utf8Bytes";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** UTF-8 bytes of values and formats per response: Excel on the web allows 5 MB ("Resource limits and performance optimization for Office Add-ins"). */
const DEFAULT_BUDGET = 4_000_000;
/** First guess of the bytes a cell's value and format take, before any was measured. */
const FIRST_GUESS = 48;

export interface ReadSheetsOptions {
  /** Read merged areas (ExcelApi 1.13); false where Excel lacks the set. Default true. */
  mergedAreas?: boolean;
  /** Bytes per response; default 4,000,000. */
  payloadBudget?: number;
}

interface Used {
  name: string;
  sheet: Excel.Worksheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
  values: unknown[][];
  formats: unknown[][];
  next: number;
}

/**
 * Read sheets' used ranges (values only) as grids, sized first and read in blocks that keep each response under the
 * payload limit: one sync to find the sheets (a PortRefusal "missing-sheet" for one that is not there), one for the
 * sizes of all of them; then blocks of rows of values and number formats, as many
 * sheets and rows per sync as fit the budget, measured in UTF-8 bytes (a Chinese character is 3) — when Excel still
 * refuses a response as too large, the blocks shrink and are asked again; then, in their own syncs, the merged areas
 * over each used range (readMergedAreas). A sheet whose merges cannot be read is returned without them, with a
 * warning in `problems` ("merges-not-read"). Numbers shown as dates become Dates (UTC), empty cells null.
 * @example const [tasks, roster] = await readSheets(context, ["分工方案", "部门名录"]);
 */
export async function readSheets(context: Excel.RequestContext, names: readonly string[], options: ReadSheetsOptions = {}): Promise<SheetGrid[]> {
  const found = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
  await context.sync();
  const missing = found.find(({ sheet }) => sheet.isNullObject);
  if (missing) throw new PortRefusal(missingSheetRefusal(missing.name));
  const sheets = found.map(({ name, sheet }) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, sheet, used };
  });
  await context.sync();
  const areas: Used[] = sheets.map(({ name, sheet, used }) =>
    used.isNullObject
      ? { name, sheet, top: 0, left: 0, rows: 0, cols: 0, values: [], formats: [], next: 0 }
      : { name, sheet, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount, values: [], formats: [], next: 0 },
  );
  await readBlocks(context, areas, options.payloadBudget ?? DEFAULT_BUDGET);

  const grids: SheetGrid[] = [];
  for (const area of areas) {
    const rows = area.values.map((line, r) => line.map((value, c) => gridValue(value, String(area.formats[r]?.[c] ?? ""))));
    const grid: SheetGrid = { name: area.name, rows, merges: [], origin: { row: area.top, col: area.left } };
    if (area.rows > 0 && options.mergedAreas !== false) {
      // Each sheet's merges after its values, in syncs of their own: a refusal here costs the merges, never the values.
      const merges = await readMergedAreas(context, area.sheet, area);
      if (merges === null) grid.problems = [mergesNotRead(area.name)];
      else grid.merges = merges.map((range) => ({ top: range.top - area.top, left: range.left - area.left, bottom: range.bottom - area.top, right: range.right - area.left }));
    }
    grids.push(area.rows === 0 ? { name: area.name, rows: [], merges: [], origin: { row: 0, col: 0 }, ...(grid.problems ? { problems: grid.problems } : {}) } : grid);
  }
  return grids;
}

async function readBlocks(context: Excel.RequestContext, areas: Used[], budget: number): Promise<void> {
  let bytesPerCell = FIRST_GUESS;
  for (;;) {
    const batch: { area: Used; first: number; range: Excel.Range }[] = [];
    let estimate = 0;
    for (const area of areas) {
      while (area.next < area.rows) {
        const fit = Math.floor((budget - estimate) / (bytesPerCell * area.cols));
        if (fit < 1 && batch.length > 0) break;
        const rows = Math.max(1, Math.min(fit, area.rows - area.next));
        const range = area.sheet.getRangeByIndexes(area.top + area.next, area.left, rows, area.cols);
        range.load("values,numberFormat");
        batch.push({ area, first: area.next, range });
        area.next += rows;
        estimate += rows * area.cols * bytesPerCell;
      }
      if (estimate >= budget) break;
    }
    if (batch.length === 0) return;
    try {
      // One block of rows per request is the point: each response must stay under Excel's payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const tooLarge = code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
      const single = batch.length === 1 && batch[0].range && batch[0].area.next - batch[0].first === 1;
      if (!tooLarge || single) throw error;
      for (const item of batch) item.area.next = Math.min(item.area.next, item.first);
      bytesPerCell *= 4;
      continue;
    }
    let measured = 0;
    let cells = 0;
    for (const { area, first, range } of batch) {
      const values = range.values as unknown[][];
      const formats = range.numberFormat as unknown[][];
      values.forEach((line, r) => {
        area.values[first + r] = line;
        area.formats[first + r] = formats[r];
      });
      measured += utf8Bytes(JSON.stringify(values)) + utf8Bytes(JSON.stringify(formats));
      cells += values.length * area.cols;
    }
    bytesPerCell = Math.max(8, Math.ceil((measured / Math.max(cells, 1)) * 1.5));
  }
}

function mergesNotRead(sheet: string): Problem {
  return {
    code: "merges-not-read",
    severity: "warning",
    sheet,
    message: `工作表“${sheet}”的合并单元格过多，Excel 未能返回合并信息，已按未合并读取：合并的标题或分组单元格只有左上角有内容。如结果有误，请取消不必要的合并后重试，或改用独立网页版。`,
    messageEn: `Sheet "${sheet}" has too many merged cells for Excel to return them; it was read as if unmerged (a merged heading or group cell has text only in its top-left cell). If results look wrong, unmerge cells that need not be merged and try again, or use the standalone page.`,
  };
}

function gridValue(value: unknown, format: string): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return isDateFormat(format) ? new Date(EXCEL_EPOCH + Math.round(value * DAY_MS)) : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
