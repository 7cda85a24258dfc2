import type { Alignment, Borders, Fill, Font, Style, Worksheet } from "exceljs";
import type { CellStyle, SheetLayout } from "../../domain/layout";
import { cellNumberFormats } from "../../domain/writing/cellNumberFormats";
import { sheetExtent } from "../../domain/writing/sheetExtent";

const A4 = 9;
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };

/**
 * Render a SheetLayout into an (empty) ExcelJS worksheet: values, column widths and hidden columns,
 * row heights, merges, style runs (applied in order, later runs overriding only what they name),
 * number formats, frozen rows, autofilter and print setup (A4 = paperSize 9, orientation, fit to
 * pages wide with any number tall, title rows repeated, footer).
 *
 * Strings are always written as plain strings — never as formulas — and every string cell gets the
 * number format "@" (text), the policy shared with the Office.js writer (cellNumberFormats), so "=HYPERLINK(…)", "+1+1", "-2+3", "@SUM(A1)" stay text even
 * when the clerk later edits the cell.
 * @example writeSheetLayout(workbook.addWorksheet(layout.name), ledgerLayout(evaluations, { asOf: "2009-10-31" }).layout)
 */
export function writeSheetLayout(worksheet: Worksheet, layout: SheetLayout): void {
  const extent = sheetExtent(layout);
  const formats = cellNumberFormats(layout, extent.rowCount, extent.colCount);
  // The cells a protected sheet leaves open are written with the rest (their style carries the protection).
  const unlockedRanges = layout.protection?.unlocked ?? [];
  const rowCount = unlockedRanges.reduce((max, range) => Math.max(max, range.bottom + 1), extent.rowCount);
  const colCount = unlockedRanges.reduce((max, range) => Math.max(max, range.right + 1), extent.colCount);
  const unlocked = new Uint8Array(unlockedRanges.length > 0 ? rowCount * colCount : 0);
  for (const range of unlockedRanges) {
    for (let row = range.top; row <= range.bottom; row++) unlocked.fill(1, row * colCount + range.left, row * colCount + range.right + 1);
  }

  layout.columnWidths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  for (const col of layout.hiddenColumns ?? []) worksheet.getColumn(col + 1).hidden = true;

  // Each cell's style as a number: the style runs merged in order (later runs override what they name), with the
  // shared number-format policy; equal styles get one number and one ExcelJS style object, shared by all their cells
  // (ExcelJS then registers each style once instead of once per cell).
  const styles = new CellStyleTable();
  const styleIds = new Int32Array(rowCount * colCount);
  for (const run of layout.styles) {
    const runStyle = styles.runStyle(run.style);
    for (let row = run.range.top; row <= Math.min(run.range.bottom, rowCount - 1); row++) {
      for (let col = run.range.left; col <= Math.min(run.range.right, colCount - 1); col++) {
        const at = row * colCount + col;
        styleIds[at] = styles.withRun(styleIds[at], runStyle);
      }
    }
  }

  for (let row = 0; row < rowCount; row++) {
    const values = layout.values[row] ?? [];
    const rowFormats = formats[row];
    const excelRow = worksheet.getRow(row + 1);
    for (let col = 0; col < colCount; col++) {
      const value = values[col] ?? null;
      let styleId = styleIds[row * colCount + col];
      const open = unlocked.length > 0 && unlocked[row * colCount + col] === 1;
      if (value === null && styleId === 0 && !open) continue;
      const cell = excelRow.getCell(col + 1);
      // The shared policy (cellNumberFormats): "@" on strings, never on numbers.
      if (value !== null) styleId = styles.withNumberFormat(styleId, rowFormats[col]);
      if (typeof value === "string") cell.value = value;
      else if (typeof value === "number") cell.value = Number.isFinite(value) ? value : null;
      if (styleId !== 0 || open) cell.style = styles.excelStyle(styleId, open);
    }
  }
  for (const [row, height] of Object.entries(layout.rowHeights ?? {})) worksheet.getRow(Number(row) + 1).height = height;
  for (const merge of layout.merges) worksheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);

  if (layout.freezeRows) {
    const topLeftCell = `A${layout.freezeRows + 1}`;
    worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: layout.freezeRows, topLeftCell, activeCell: topLeftCell }];
  }
  if (layout.autoFilter) {
    const range = layout.autoFilter;
    worksheet.autoFilter = { from: { row: range.top + 1, column: range.left + 1 }, to: { row: range.bottom + 1, column: range.right + 1 } };
  }
  writeProtection(worksheet, layout);
  if (layout.print) {
    const print = layout.print;
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: A4,
      orientation: print.orientation,
      ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` } : {}),
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (print.footer || print.footerLeft || print.footerRight) {
      const centre = print.footer ? (/&[LCR]/.test(print.footer) ? print.footer : `&C${print.footer}`) : "";
      const oddFooter = `${print.footerLeft ? `&L${print.footerLeft}` : ""}${centre}${print.footerRight ? `&R${print.footerRight}` : ""}`;
      worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter };
    }
  }
}

/** Number validation and the sheet's protection (no password), as the layout asks (its open cells carry unlocked styles). */
function writeProtection(worksheet: Worksheet, layout: SheetLayout): void {
  for (const validation of layout.numberValidation ?? []) {
    for (let row = validation.range.top; row <= validation.range.bottom; row++) {
      for (let col = validation.range.left; col <= validation.range.right; col++) {
        worksheet.getCell(row + 1, col + 1).dataValidation = {
          type: "decimal",
          operator: "between",
          allowBlank: true,
          formulae: [-1e15, 1e15],
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: "请填数字",
          error: validation.message,
        };
      }
    }
  }
  if (!layout.protection) return;
  void worksheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: false, formatRows: true, insertRows: false, deleteRows: false, sort: false, autoFilter: false });
}

/**
 * The distinct cell styles of one sheet, numbered from 1 (0: no style), each converted to ExcelJS once. A cell's style
 * is derived from the one before by a style run or a number format; each derivation is computed once and then looked
 * up by number (a sheet of 50,000 rows asks a million times, for a few dozen styles).
 */
class CellStyleTable {
  private readonly styles: CellStyle[] = [{}];
  private readonly byKey = new Map<string, number>();
  /** Distinct run styles, numbered; for each, the style id each style id becomes under it. */
  private readonly runStyles = new Map<string, number>();
  private readonly runStyleValues: CellStyle[] = [];
  private readonly byRun: Map<number, number>[] = [];
  private readonly byFormat = new Map<string, Map<number, number>>();
  private readonly converted: (Partial<Style> | undefined)[] = [];
  private readonly unlocked: (Partial<Style> | undefined)[] = [];
  private readonly excelByKey = new Map<string, Partial<Style>>();

  /** The number of a run's style; runs of equal styles (a bold lagging status in many rows) share one. */
  runStyle(style: CellStyle): number {
    const key = JSON.stringify(style);
    let index = this.runStyles.get(key);
    if (index === undefined) {
      index = this.runStyleValues.push(style) - 1;
      this.runStyles.set(key, index);
      this.byRun.push(new Map());
    }
    return index;
  }

  /** The style `id` with a run's style (numbered by runStyle) applied over it. */
  withRun(id: number, runStyle: number): number {
    const derived = this.byRun[runStyle];
    let next = derived.get(id);
    if (next === undefined) {
      next = this.idOf({ ...this.styles[id], ...this.runStyleValues[runStyle] });
      derived.set(id, next);
    }
    return next;
  }

  /** The style `id` with the number format the shared policy gives its cell ("General" only when it had a format). */
  withNumberFormat(id: number, numberFormat: string): number {
    let derived = this.byFormat.get(numberFormat);
    if (derived === undefined) this.byFormat.set(numberFormat, (derived = new Map()));
    let next = derived.get(id);
    if (next === undefined) {
      next = numberFormat === (this.styles[id].numberFormat ?? "General") ? id : this.idOf({ ...this.styles[id], numberFormat });
      derived.set(id, next);
    }
    return next;
  }

  /**
   * The ExcelJS style of `id`; styles that convert alike (their properties named in another order) share one. `open`:
   * its unlocked variant, for the cells a protected sheet leaves open (its own object: ExcelJS keeps protection in
   * the style object, which the locked cells of the same style share).
   */
  excelStyle(id: number, open = false): Partial<Style> {
    if (open) {
      let unlockedStyle = this.unlocked[id];
      if (!unlockedStyle) this.unlocked[id] = unlockedStyle = { ...this.excelStyle(id), protection: { locked: false } };
      return unlockedStyle;
    }
    let style = this.converted[id];
    if (!style) {
      style = toExcelStyle(this.styles[id]);
      const key = JSON.stringify(style);
      style = this.excelByKey.get(key) ?? style;
      this.excelByKey.set(key, style);
      this.converted[id] = style;
    }
    return style;
  }

  private idOf(style: CellStyle): number {
    const key = JSON.stringify(style);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.styles.push(style) - 1;
      this.byKey.set(key, id);
    }
    return id;
  }
}

function toExcelStyle(style: CellStyle): Partial<Style> {
  const result: Partial<Style> = {};
  const font: Partial<Font> = {};
  if (style.bold) font.bold = true;
  if (style.fontName) font.name = style.fontName;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length) result.font = font;
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } as Fill;
  if (style.numberFormat) result.numFmt = style.numberFormat;
  const alignment: Partial<Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) result.alignment = alignment;
  if (style.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN } as Partial<Borders>;
  return result;
}

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
