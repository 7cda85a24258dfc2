/**
 * A laid-out sheet: everything a writer needs to produce the same sheet in Excel (Office.js)
 * and in a file (ExcelJS). Pure data; built in src/domain, consumed by src/workbook writers.
 * Rows and columns are 0-based within the sheet.
 */

export type LayoutCellValue = string | number | null;

export interface CellStyle {
  bold?: boolean;
  /** Font name as printed (宋体 body, 黑体 headers: printFinish). */
  fontName?: string;
  fontSize?: number;
  /** Font colour as "#RRGGBB". */
  fontColor?: string;
  /** Fill colour as "#RRGGBB". */
  fill?: string;
  /** Excel number format, e.g. "0.0%", "@" (text). */
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all sides. */
  border?: boolean;
}

/** A rectangle of cells, 0-based inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A style applied to a rectangle of cells. Runs are applied in order; a later run overrides only the
 * properties it names (a status cell's fill over its row's tint), as Office.js range formats do.
 */
export interface StyleRun {
  range: CellRange;
  style: CellStyle;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** Fit all columns on one page width. */
  fitToWidth: boolean;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  repeatRows?: { first: number; last: number };
  /** Footer text; "&P" page number and "&N" page count as in Excel (of the sheet itself). */
  footer?: string;
  /** Footer's left and right parts (制表单位、制表日期 / 审核), beside the centred page numbers. */
  footerLeft?: string;
  footerRight?: string;
}

export interface SheetLayout {
  /** Sheet name (≤ 31 characters, no []:*?/\). */
  name: string;
  /**
   * Cell values, a row per sheet row from row 0. Strings are always written as text
   * (never as formulas, even when they start with =, +, - or @).
   */
  values: LayoutCellValue[][];
  /** Column widths in Excel character units, one per column. */
  columnWidths: number[];
  /** Optional row heights in points, by 0-based row. */
  rowHeights?: Record<number, number>;
  merges: CellRange[];
  /** Formatting grouped by contiguous runs of cells with the same style. */
  styles: StyleRun[];
  /** Number of rows frozen at the top (e.g. title + header). */
  freezeRows?: number;
  /** Range with an autofilter (header row + data rows). */
  autoFilter?: CellRange;
  print?: PrintSetup;
  /** 0-based columns to hide (e.g. the ledger's check-code column). */
  hiddenColumns?: number[];
  /**
   * Rows whose height should fit their wrapped text. Office.js autofits them (one operation); file
   * writers, which cannot measure text, use the estimates in `rowHeights`.
   */
  autoFitRows?: { first: number; last: number };
  /** What the product wrote, so a writer can tell its own sheets from the clerk's. */
  kind?: "ledger" | "summary" | "task-table" | "report-template" | "register";
  /**
   * Protect the sheet (no password: guarded, not secret), leaving these ranges unlocked for input. File writers
   * honour it (report templates are files); a writer that cannot protect leaves the sheet open.
   */
  protection?: { unlocked: CellRange[] };
  /** Cells that accept only a number (a decimal, blank allowed), with the message shown on a wrong entry. */
  numberValidation?: { range: CellRange; message: string }[];
}
