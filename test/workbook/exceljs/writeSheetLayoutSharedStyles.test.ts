import JSZip from "jszip";
import ExcelJS from "exceljs";
import type { CellStyle, SheetLayout } from "../../../src/domain/layout";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { summaryLayout } from "../../../src/domain/summary/summaryLayout";
import { cellNumberFormats } from "../../../src/domain/writing/cellNumberFormats";
import { sheetExtent } from "../../../src/domain/writing/sheetExtent";
import { writeSheetLayout } from "../../../src/workbook/exceljs/writeSheetLayout";
import { AS_OF, evaluation, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";
import type { TaskStatus } from "../../../src/domain/evaluation";

/**
 * The writer as it was before styles were shared: one style per cell, merged from the runs, and a fresh ExcelJS
 * style object for every cell.
 */
function perCellStyles(worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
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
  const converted = new Map<string, Partial<ExcelJS.Style>>();
  const excelStyle = (style: CellStyle): Partial<ExcelJS.Style> => {
    const key = JSON.stringify(style);
    let result = converted.get(key);
    if (!result) {
      result = styleOf(style);
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
    if (print.footer) worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: /&[LCR]/.test(print.footer) ? print.footer : `&C${print.footer}` };
  }
}

const A4 = 9;
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
function styleOf(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: `FF${style.fontColor.replace(/^#/, "").toUpperCase()}` };
  if (Object.keys(font).length) result.font = font;
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.replace(/^#/, "").toUpperCase()}` } };
  if (style.numberFormat) result.numFmt = style.numberFormat;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) result.alignment = alignment;
  if (style.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return result;
}

const STATUSES: TaskStatus[] = ["done", "lagging", "lagging", "no-report", "on-schedule", "lagging-badly", "overdue", "due-soon"];

function layouts(): SheetLayout[] {
  const many = Array.from({ length: 300 }, (_, i) =>
    evaluation({ id: String(i + 1), title: `城镇保障性安居工程建设（第${i + 1}项）`, report: i % 7 === 0 ? "=SUM(A1)" : "1-10月完成投资12亿元", ratio: (i % 11) / 10, status: STATUSES[i % STATUSES.length] }),
  );
  return [ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout, summaryLayout(sampleEvaluations(), { asOf: AS_OF }), { ...ledgerLayout(many, { asOf: AS_OF }).layout, name: "台账 300" }];
}

async function parts(write: (worksheet: ExcelJS.Worksheet, layout: SheetLayout) => void): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2007, 9, 31));
  for (const layout of layouts()) write(workbook.addWorksheet(layout.name), layout);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const texts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) texts.set(name, await zip.files[name].async("string"));
  return texts;
}

describe("writeSheetLayout shares one style object per distinct style", () => {
  it("writes the same file as a fresh style object per cell", async () => {
    const shared = await parts(writeSheetLayout);
    const perCell = await parts(perCellStyles);
    expect([...shared.keys()]).toEqual([...perCell.keys()]);
    for (const [name, text] of shared) expect({ name, text }).toEqual({ name, text: perCell.get(name) });
    expect(shared.get("xl/styles.xml")).toContain("<cellXfs");
  });

  it("gives every cell of one style the same object", () => {
    const workbook = new ExcelJS.Workbook();
    const layout = layouts()[2];
    const worksheet = workbook.addWorksheet(layout.name);
    writeSheetLayout(worksheet, layout);
    const objects = new Set<unknown>();
    const distinct = new Set<string>();
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        objects.add(cell.style);
        distinct.add(JSON.stringify(cell.style));
      }),
    );
    expect(distinct.size).toBeGreaterThan(5);
    expect(objects.size).toBe(distinct.size);
  });
});
