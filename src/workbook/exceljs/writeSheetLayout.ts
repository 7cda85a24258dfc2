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
  const { rowCount, colCount } = sheetExtent(layout);
  const formats = cellNumberFormats(layout, rowCount, colCount);

  layout.columnWidths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  for (const col of layout.hiddenColumns ?? []) worksheet.getColumn(col + 1).hidden = true;

  // Merge the style runs into one style per cell, then convert each distinct style once.
  const cellStyles: (CellStyle | undefined)[][] = Array.from({ length: rowCount }, () => new Array<CellStyle | undefined>(colCount));
  for (const run of layout.styles) {
    for (let row = run.range.top; row <= run.range.bottom; row++) {
      const line = cellStyles[row];
      for (let col = run.range.left; col <= run.range.right; col++) line[col] = line[col] ? { ...line[col], ...run.style } : { ...run.style };
    }
  }
  const converted = new Map<string, Partial<Style>>();
  const excelStyle = (style: CellStyle): Partial<Style> => {
    const key = JSON.stringify(style);
    let result = converted.get(key);
    if (!result) {
      result = toExcelStyle(style);
      converted.set(key, result);
    }
    return result;
  };

  for (let row = 0; row < rowCount; row++) {
    const values = layout.values[row] ?? [];
    const styles = cellStyles[row];
    const excelRow = worksheet.getRow(row + 1);
    for (let col = 0; col < colCount; col++) {
      const value = values[col] ?? null;
      let style = styles[col];
      if (value === null && !style) continue;
      const cell = excelRow.getCell(col + 1);
      // The shared policy (cellNumberFormats): "@" on strings, never on numbers.
      if (value !== null && formats[row][col] !== (style?.numberFormat ?? "General")) style = { ...style, numberFormat: formats[row][col] };
      if (typeof value === "string") cell.value = value;
      else if (typeof value === "number") cell.value = Number.isFinite(value) ? value : null;
      if (style) cell.style = { ...excelStyle(style) };
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
