/**
 * The workbook behind the strict fake of Excel (strictExcelFake.ts): sheets with cells, number formats, merges and a log
 * of formatting, and the rules a real Excel applies to them, each from the Excel JavaScript API reference
 * (learn.microsoft.com/javascript/api/excel):
 * - sheet names: at most 31 characters, none of [ ] : * ? / \, not blank, not starting or ending with an apostrophe,
 *   unique ignoring case (Excel.Worksheet.name; WorksheetCollection.add) → InvalidArgument / ItemAlreadyExists;
 * - getItem of a missing sheet → ItemNotFound; deleting the last visible sheet → InvalidOperation;
 * - a workbook whose structure is protected refuses add, delete, rename and move → AccessDenied;
 * - Range.getMergedAreasOrNullObject fails when the range holds more than 512 merged areas, and returns the areas whose
 *   top-left cell is in the range (ExcelApi 1.13 reference);
 * - errors carry `code` (Excel.ErrorCodes), `message` and `debugInfo`, as OfficeExtension.Error does.
 */
import type { CellValue, MergedRange } from "../../../src/domain/grid";

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface FormatRecord {
  /** The sheet's id when it was formatted. */
  sheetId: number;
  /** "A1:B3" or "A1:B3,D4" (RangeAreas). */
  address: string;
  /** "format.fill.color", "format.borders.getItem(EdgeTop).style", "format.autofitRows()", "pageLayout.zoom" … */
  path: string;
  value?: unknown;
}

export class FakeSheet {
  rows: CellValue[][] = [];
  formats: string[][] = [];
  merges: MergedRange[] = [];
  frozenRows = 0;
  autoFilter: string | null = null;
  protected = false;

  constructor(
    readonly id: number,
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  cell(row: number, col: number): CellValue {
    return this.rows[row]?.[col] ?? null;
  }

  format(row: number, col: number): string {
    return this.formats[row]?.[col] ?? "General";
  }

  /** Bounding rectangle of the non-empty values (valuesOnly) or of values and non-General formats; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const visit = (matrix: unknown[][], empty: (value: unknown) => boolean) =>
      matrix.forEach((line, row) =>
        line?.forEach((value, col) => {
          if (empty(value)) return;
          top = Math.min(top, row);
          left = Math.min(left, col);
          bottom = Math.max(bottom, row);
          right = Math.max(right, col);
        }),
      );
    visit(this.rows, (value) => value === null || value === undefined || value === "");
    if (!valuesOnly) visit(this.formats, (value) => value === undefined || value === "General");
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  write(rect: Rect, values: readonly (readonly unknown[])[] | null, formats: readonly (readonly unknown[])[] | null): void {
    for (let r = 0; r < rect.rows; r++) {
      const row = rect.top + r;
      this.rows[row] ??= [];
      this.formats[row] ??= [];
      for (let c = 0; c < rect.cols; c++) {
        const col = rect.left + c;
        if (values) this.rows[row][col] = values[r][c] === "" ? null : (values[r][c] as CellValue);
        if (formats) this.formats[row][col] = String(formats[r][c]);
      }
    }
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheetId: number | null = null;
  selection: { sheetId: number; address: string } | null = null;
  structureProtected = false;
  formatLog: FormatRecord[] = [];
  private nextId = 1;

  addSheet(name: string, content: { rows?: CellValue[][]; formats?: string[][]; merges?: MergedRange[]; visibility?: FakeSheet["visibility"] } = {}): FakeSheet {
    const sheet = new FakeSheet(this.nextId++, name, content.visibility ?? "Visible");
    sheet.rows = (content.rows ?? []).map((row) => [...row]);
    sheet.formats = (content.formats ?? []).map((row) => [...row]);
    sheet.merges = [...(content.merges ?? [])];
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  byId(id: number): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  /** Excel's name rules; `renaming` is the sheet being renamed (its own name does not count as taken). */
  checkName(name: string, renaming?: FakeSheet): void {
    if (typeof name !== "string" || name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw excelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (sheet name "${name}")`);
    }
    const other = this.find(name);
    if (other && other !== renaming) throw excelError("ItemAlreadyExists", `A resource with the same name or identifier already exists. (sheet "${name}")`);
  }

  checkStructure(): void {
    if (this.structureProtected) throw excelError("AccessDenied", "You cannot perform the requested operation. (the workbook's structure is protected)");
  }

  remove(sheet: FakeSheet): void {
    this.checkStructure();
    if (sheet.visibility === "Visible" && this.sheets.filter((other) => other.visibility === "Visible").length === 1) {
      throw excelError("InvalidOperation", "The operation is not allowed: a workbook must keep at least one visible sheet.");
    }
    this.sheets = this.sheets.filter((other) => other !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  move(sheet: FakeSheet, position: number): void {
    this.checkStructure();
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw excelError("InvalidArgument", `Position ${position} is out of range.`);
    this.sheets = this.sheets.filter((other) => other !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  get names(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }
}

/** An error as Office.js rejects context.sync() with (OfficeExtension.Error: name, code, message, debugInfo). */
export interface ExcelError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
}

export function excelError(code: string, message: string, errorLocation?: string): ExcelError {
  const error = new Error(message) as ExcelError;
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, ...(errorLocation !== undefined ? { errorLocation } : {}) };
  return error;
}

/** Compare requirement-set versions ("1.13" > "1.9"). */
export function versionAtLeast(have: string, need: string): boolean {
  const [haveMajor, haveMinor] = have.split(".").map(Number);
  const [needMajor, needMinor] = need.split(".").map(Number);
  return haveMajor > needMajor || (haveMajor === needMajor && haveMinor >= needMinor);
}

/** UTF-8 bytes of a value as it travels in a request or response (JSON). */
export function payloadBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

/** "A1", "B3:D7", "$A$1:$N$1", "A:A" → a rectangle (0-based); null when not an address. */
export function parseAddress(address: string): Rect | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  const [from, to = from] = local.split(":");
  const cell = (text: string) => {
    const match = /^([A-Z]{1,3})?(\d+)?$/i.exec(text);
    if (!match || (!match[1] && !match[2])) return null;
    const col = match[1] ? [...match[1].toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1 : null;
    const row = match[2] ? Number(match[2]) - 1 : null;
    return { row, col };
  };
  const start = cell(from);
  const end = cell(to);
  if (!start || !end) return null;
  const top = start.row ?? 0;
  const left = start.col ?? 0;
  const bottom = end.row ?? 1_048_575;
  const right = end.col ?? 16_383;
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function rectAddress(sheet: string, rect: Rect): string {
  const letter = (col: number) => {
    let n = col + 1;
    let text = "";
    while (n > 0) {
      text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
      n = Math.floor((n - 1) / 26);
    }
    return text;
  };
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const start = `${letter(rect.left)}${rect.top + 1}`;
  const end = `${letter(rect.left + rect.cols - 1)}${rect.top + rect.rows}`;
  return `${quoted}!${start === end ? start : `${start}:${end}`}`;
}

/** A property bag that throws PropertyNotLoaded on reading what no sync has loaded. */
export function loadedReader(what: string, loaded: Map<string, unknown>) {
  return (property: string): unknown => {
    if (!loaded.has(property)) {
      throw excelError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${what})`,
      );
    }
    return loaded.get(property);
  };
}

export function loadList(props: unknown): string[] {
  if (props === undefined) return [];
  if (typeof props === "string") return props.split(",").map((prop) => prop.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((prop) => loadList(prop));
  if (typeof props === "object" && props !== null) return Object.keys(props);
  return [];
}
