import type { SheetGrid } from "../../domain/grid";
import type { SheetLayout } from "../../domain/layout";
import type { Problem } from "../../domain/problem";
import { cellNumberFormats } from "../../domain/writing/cellNumberFormats";
import { foreignSheetRefusal } from "../../domain/writing/foreignSheetRefusal";
import { mayReplaceSheet } from "../../domain/writing/mayReplaceSheet";
import { sheetExtent } from "../../domain/writing/sheetExtent";
import { PortRefusal } from "../portRefusal";
import { applyCellStyle } from "./applyCellStyle";
import { applyPrintLayout } from "./applyPrintLayout";
import { columnWidthPoints } from "./columnWidthPoints";
import { rowChunks } from "./rowChunks";
import { styleAreas } from "./styleAreas";
import { utf8Bytes } from "./utf8Bytes";

export interface WriteSheetOptions {
  /** Sheets the product wrote before (kept in the document settings); they may be replaced. */
  productSheets?: readonly string[];
  /** Replace an existing sheet even if it is not recognisably the product's (the clerk confirmed). */
  overwrite?: boolean;
  /** UTF-8 bytes of values and formats per request; default 4,000,000 (Excel on the web allows 5 MB). */
  maxPayloadBytes?: number;
  /** ExcelApi 1.9 (page layout, autofilter, RangeAreas); default true. */
  pageLayout?: boolean;
}

const DEFAULT_PAYLOAD = 4_000_000;
/** Rows × columns read from an existing sheet to recognise it as the product's. */
const PROBE_ROWS = 40;
const PROBE_COLS = 200;

/**
 * Write a layout into the workbook through Office.js, replacing a sheet of that name atomically: everything is built on
 * a new sheet under a temporary name; only the last batch renames the old sheet aside, gives the new one its name and
 * tab position, and deletes the old one. When any sync fails, the temporary sheet is removed and the old sheet keeps
 * its name and content. An existing sheet is replaced only when the product wrote it (listed in `productSheets`, or
 * recognised by its content, mayReplaceSheet); otherwise the call rejects with a PortRefusal "foreign-sheet" — source
 * sheets are never touched.
 *
 * Requests: number formats first ("@" only where Excel would convert the text), then values, as 2-D arrays chunked by
 * rows under `maxPayloadBytes` measured in UTF-8; formatting one RangeAreas per distinct style (ExcelApi 1.9; run by
 * run below it); widths per run of equal columns; frozen rows, autofilter; then the print layout in a sync of its own
 * (applyPrintLayout). Resolves with warnings (print layout refused).
 * @example await Excel.run((context) => writeSheet(context, ledgerLayout(evaluations, { asOf: "2009-10-31" }).layout))
 */
export async function writeSheet(context: Excel.RequestContext, layout: SheetLayout, options: WriteSheetOptions = {}): Promise<Problem[]> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(layout.name);
  existing.load("position");
  await context.sync();
  const replacing = !existing.isNullObject;
  if (replacing) {
    const probe = async (): Promise<SheetGrid> => {
      const range = existing.getRangeByIndexes(0, 0, PROBE_ROWS, PROBE_COLS);
      range.load("values");
      await context.sync();
      return { name: layout.name, rows: range.values as SheetGrid["rows"] };
    };
    if (!(await mayReplaceSheet(layout.name, probe, options))) throw new PortRefusal(foreignSheetRefusal(layout.name));
  }
  const position = replacing ? existing.position : null;
  const names = { temporary: temporaryName(), aside: temporaryName() };
  const sheet = worksheets.add(names.temporary);
  try {
    await fillSheet(context, sheet, layout, options);
    // The last batch, and the only one touching the old sheet: set aside, rename, position, delete.
    if (replacing) existing.name = names.aside;
    sheet.name = layout.name;
    if (position !== null) sheet.position = position;
    if (replacing) existing.delete();
    await context.sync();
  } catch (error) {
    await undoReplacement(context, sheet, names.aside, layout.name);
    throw error;
  }
  const rowCount = Math.max(layout.values.length, 1);
  return layout.print && options.pageLayout !== false ? applyPrintLayout(context, sheet, layout.print, rowCount, layout.name) : [];
}

/** Values, formats and the sheet's structure on the temporary sheet; syncs once per values chunk and once at the end. */
async function fillSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: SheetLayout, options: WriteSheetOptions): Promise<void> {
  const { rowCount, colCount } = sheetExtent(layout);
  let col = 0;
  while (col < layout.columnWidths.length) {
    let end = col;
    while (end + 1 < layout.columnWidths.length && layout.columnWidths[end + 1] === layout.columnWidths[col]) end++;
    sheet.getRangeByIndexes(0, col, 1, end - col + 1).format.columnWidth = columnWidthPoints(layout.columnWidths[col]);
    col = end + 1;
  }
  for (const hidden of layout.hiddenColumns ?? []) sheet.getRangeByIndexes(0, hidden, 1, 1).getEntireColumn().columnHidden = true;

  // Formats before values (cellNumberFormats, the policy both writers share), then values.
  const formats = cellNumberFormats(layout, rowCount, colCount);
  const values = Array.from({ length: rowCount }, (_, row) => Array.from({ length: colCount }, (__, c) => layout.values[row]?.[c] ?? ""));
  const chunks = rowChunks(
    values.map((row, index) => utf8Bytes(JSON.stringify(row)) + utf8Bytes(JSON.stringify(formats[index])) + 16),
    options.maxPayloadBytes ?? DEFAULT_PAYLOAD,
  );
  for (const chunk of chunks) {
    const range = sheet.getRangeByIndexes(chunk.first, 0, chunk.last - chunk.first + 1, colCount);
    range.numberFormat = formats.slice(chunk.first, chunk.last + 1);
    range.values = values.slice(chunk.first, chunk.last + 1);
    // One request per chunk is the point: each must stay under Excel's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  for (const merge of layout.merges) sheet.getRangeByIndexes(merge.top, merge.left, merge.bottom - merge.top + 1, merge.right - merge.left + 1).merge(false);
  if (options.pageLayout !== false) {
    for (const group of styleAreas(layout.styles)) for (const address of group.addresses) applyCellStyle(sheet.getRanges(address).format, group.style, group);
  } else {
    for (const run of layout.styles) {
      const { top, left, bottom, right } = run.range;
      applyCellStyle(sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).format, run.style, { multiRow: bottom > top, multiColumn: right > left });
    }
  }
  rowHeights(sheet, layout, colCount);
  if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.autoFilter && options.pageLayout !== false) {
    const range = layout.autoFilter;
    sheet.autoFilter.apply(sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1));
  }
  await context.sync();
}

/** Explicit row heights outside the autofit rows (grouped), then Excel fits the rest. */
function rowHeights(sheet: Excel.Worksheet, layout: SheetLayout, colCount: number): void {
  const autoFit = layout.autoFitRows;
  const explicit = Object.entries(layout.rowHeights ?? {})
    .map(([row, height]) => ({ row: Number(row), height }))
    .filter(({ row }) => !autoFit || row < autoFit.first || row > autoFit.last)
    .sort((a, b) => a.row - b.row);
  for (let i = 0; i < explicit.length;) {
    let j = i;
    while (j + 1 < explicit.length && explicit[j + 1].row === explicit[j].row + 1 && explicit[j + 1].height === explicit[i].height) j++;
    sheet.getRangeByIndexes(explicit[i].row, 0, j - i + 1, 1).format.rowHeight = explicit[i].height;
    i = j + 1;
  }
  if (autoFit) sheet.getRangeByIndexes(autoFit.first, 0, autoFit.last - autoFit.first + 1, colCount).format.autofitRows();
}

/**
 * After a failed sync: remove the temporary sheet and, if the old sheet was already set aside under `aside` (a host
 * that applied part of the last batch), give it back its name. Errors here are swallowed: the first one is reported.
 */
async function undoReplacement(context: Excel.RequestContext, sheet: Excel.Worksheet, aside: string, name: string): Promise<void> {
  try {
    sheet.delete();
    await context.sync();
  } catch {
    // Already gone, or never created.
  }
  try {
    const old = context.workbook.worksheets.getItemOrNullObject(aside);
    await context.sync();
    if (!old.isNullObject) {
      old.name = name;
      await context.sync();
    }
  } catch {
    // Nothing set aside.
  }
}

function temporaryName(): string {
  return `~督查台账 ${Math.random().toString(36).slice(2, 10)}`;
}
