import type { SheetGrid } from "../../domain/grid";
import type { CellStyle, SheetLayout, StyleRun } from "../../domain/layout";
import { cellNumberFormats } from "../../domain/writing/cellNumberFormats";
import { foreignSheetRefusal } from "../../domain/writing/foreignSheetRefusal";
import { mayReplaceSheet } from "../../domain/writing/mayReplaceSheet";
import { sheetExtent } from "../../domain/writing/sheetExtent";
import { PortRefusal } from "../portRefusal";
import { columnWidthPoints } from "./columnWidthPoints";
import { rowChunks } from "./rowChunks";

export interface WriteSheetOptions {
  /** Sheets the product wrote before (kept in the document settings); they may be replaced. */
  productSheets?: readonly string[];
  /** Replace an existing sheet even if it is not recognisably the product's (the clerk confirmed). */
  overwrite?: boolean;
  /** Bytes of values and formats per request; default 4,000,000 (Excel on the web allows about 5 MB). */
  maxPayloadBytes?: number;
}

const DEFAULT_PAYLOAD = 4_000_000;
/** Rows × columns read from an existing sheet to recognise it as the product's. */
const PROBE_ROWS = 40;
const PROBE_COLS = 200;
const BORDER_COLOR = "#808080";

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/**
 * Write a layout into the workbook through Office.js: the sheet of that name is recreated (a new sheet
 * is added, the old one deleted, the new one renamed and moved to its tab position), so nothing of an earlier version lingers (formats, merges, filters). An
 * existing sheet is replaced only when the product wrote it (listed in `productSheets`, or recognised
 * by its content, mayReplaceSheet); otherwise the call rejects with a PortRefusal "foreign-sheet" —
 * source sheets are never touched.
 *
 * Requests: number formats first ("@" on text cells, so "=…" stays text), then values, as 2-D arrays
 * over whole ranges, chunked by rows under `maxPayloadBytes`; formatting one operation group per style
 * run (runs follow contiguous statuses, not cells); widths per run of equal columns; frozen rows,
 * autofilter, page layout (A4, orientation, fit to one page wide, title rows, footer). Syncs: one to
 * look for the sheet, one to probe an existing one, one per values chunk — the same for 10 or 1,000 tasks.
 * @example await Excel.run((context) => writeSheet(context, ledgerLayout(evaluations, { asOf: "2009-10-31" }).layout))
 */
export async function writeSheet(context: Excel.RequestContext, layout: SheetLayout, options: WriteSheetOptions = {}): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(layout.name);
  existing.load("position");
  await context.sync();

  let position: number | null = null;
  if (!existing.isNullObject) {
    position = existing.position;
    const probe = async (): Promise<SheetGrid> => {
      const range = existing.getRangeByIndexes(0, 0, PROBE_ROWS, PROBE_COLS);
      range.load("values");
      await context.sync();
      return { name: layout.name, rows: range.values as SheetGrid["rows"] };
    };
    if (!(await mayReplaceSheet(layout.name, probe, options))) throw new PortRefusal(foreignSheetRefusal(layout.name));
  }
  // Add first under a temporary name: Excel refuses to delete a workbook's last visible sheet.
  const sheet = worksheets.add(position === null ? layout.name : temporaryName());
  if (position !== null) {
    existing.delete();
    sheet.name = layout.name;
    sheet.position = position;
  }

  const { rowCount, colCount } = sheetExtent(layout);

  // Column widths, one operation per run of equal widths; hidden columns.
  let col = 0;
  while (col < layout.columnWidths.length) {
    let end = col;
    while (end + 1 < layout.columnWidths.length && layout.columnWidths[end + 1] === layout.columnWidths[col]) end++;
    sheet.getRangeByIndexes(0, col, 1, end - col + 1).format.columnWidth = columnWidthPoints(layout.columnWidths[col]);
    col = end + 1;
  }
  for (const hidden of layout.hiddenColumns ?? []) sheet.getRangeByIndexes(0, hidden, 1, 1).getEntireColumn().columnHidden = true;

  // Formats before values, then values: 2-D arrays over whole row chunks.
  const formats = cellNumberFormats(layout, rowCount, colCount);
  const values = Array.from({ length: rowCount }, (_, row) => Array.from({ length: colCount }, (__, c) => layout.values[row]?.[c] ?? ""));
  const chunks = rowChunks(
    values.map((row, index) => JSON.stringify(row).length * 2 + JSON.stringify(formats[index]).length),
    options.maxPayloadBytes ?? DEFAULT_PAYLOAD,
  );
  for (const [index, chunk] of chunks.entries()) {
    const range = sheet.getRangeByIndexes(chunk.first, 0, chunk.last - chunk.first + 1, colCount);
    range.numberFormat = formats.slice(chunk.first, chunk.last + 1);
    range.values = values.slice(chunk.first, chunk.last + 1);
    // One request per chunk is the point: each must stay under Excel's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (index < chunks.length - 1) await context.sync();
  }

  for (const merge of layout.merges) sheet.getRangeByIndexes(merge.top, merge.left, merge.bottom - merge.top + 1, merge.right - merge.left + 1).merge(false);
  for (const run of layout.styles) applyStyleRun(sheet, run);

  // Row heights: explicit ones outside the autofit rows (grouped), then Excel fits the rest.
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

  if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.autoFilter) {
    const range = layout.autoFilter;
    sheet.autoFilter.apply(sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1));
  }
  if (layout.print) {
    const print = layout.print;
    const page = sheet.pageLayout;
    page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = "A4";
    page.centerHorizontally = true;
    // verticalFitToPages 0 = as many pages tall as needed (OOXML fitToHeight="0").
    if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
    if (print.footer) page.headersFooters.defaultForAllPages.centerFooter = print.footer;
  }
  await context.sync();
}

function applyStyleRun(sheet: Excel.Worksheet, run: StyleRun): void {
  const { top, left, bottom, right } = run.range;
  const style: CellStyle = run.style;
  if (!hasFormatting(style)) return;
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const format = sheet.getRangeByIndexes(top, left, rows, cols).format;
  if (style.fill) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : style.vertical === "middle" ? "Center" : "Bottom";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (cols > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOR;
    }
  }
}

/** Anything beyond the number format (which goes in the formats matrix with the values). */
function hasFormatting(style: CellStyle): boolean {
  return Object.entries(style).some(([key, value]) => key !== "numberFormat" && value !== undefined);
}

function temporaryName(): string {
  return `~督查台账 ${Math.random().toString(36).slice(2, 10)}`;
}
