/**
 * Range, RangeAreas and the formatting objects of the strict fake of Excel (strictExcelFake.ts). Requirement sets from
 * the reference's "API set" remarks: RangeFormat.columnWidth, rowHeight, autofitRows, Range.merge and columnHidden 1.2;
 * Worksheet.getRanges and RangeAreas 1.9; pageLayout 1.9; Range.getMergedAreasOrNullObject 1.13.
 */
import type { StrictExcel } from "./strictExcelFake";
import { excelError, payloadBytes, rectAddress, type FakeSheet, type Rect } from "./strictExcelModel";

export interface Action {
  requestBytes: number;
  /** Runs the request at sync; a load answers with its response size and what to commit once the sync succeeded. */
  run: () => { bytes: number; commit: () => void } | undefined;
}

/** One request context: its queue, the objects waiting to learn isNullObject, the requirement-set check. */
export interface Ctx {
  excel: StrictExcel;
  queue: Action[];
  pending: ((ok: boolean) => void)[];
  need(version: string, api: string): void;
  sync(): Promise<void>;
}

const REQUIREMENT: Record<string, string> = {
  columnWidth: "1.2",
  rowHeight: "1.2",
  autofitRows: "1.2",
  autofitColumns: "1.2",
};

/** A formatting object (format, format.fill, borders.getItem(…), pageLayout…): every set and call is logged at sync. */
export function recorder(ctx: Ctx, target: () => { sheet: FakeSheet; address: string }, path: string, minVersion = "1.1"): Record<string, unknown> {
  const log = (member: string, value: unknown, call: boolean) => {
    ctx.queue.push({
      requestBytes: 40 + payloadBytes(value),
      run: () => {
        ctx.need(REQUIREMENT[member] ?? minVersion, `${path}.${member}`);
        const { sheet, address } = target();
        if (member === "zoom") checkZoom(value);
        ctx.excel.workbook.formatLog.push({ sheetId: sheet.id, address, path: `${path}.${member}${call ? "()" : ""}`, value });
        return undefined;
      },
    });
  };
  return new Proxy({} as Record<string, unknown>, {
    get(_target, prop) {
      if (typeof prop !== "string" || prop === "then") return undefined;
      if (prop === "getItem") return (name: string) => recorder(ctx, target, `${path}.getItem(${name})`, minVersion);
      if (/^(autofit|set|clear)/.test(prop)) return (...args: unknown[]) => log(prop, args, true);
      return recorder(ctx, target, `${path}.${prop}`, minVersion);
    },
    set(_target, prop, value) {
      log(String(prop), value, false);
      return true;
    },
  });
}

/** PageLayoutZoomOptions: horizontalFitToPages and verticalFitToPages are page counts, or null when a scale is used. */
function checkZoom(value: unknown): void {
  const zoom = value as Excel.PageLayoutZoomOptions;
  for (const key of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    const pages = zoom[key];
    if (pages !== undefined && pages !== null && !(Number.isInteger(pages) && pages >= 1)) {
      throw excelError("InvalidArgument", `PageLayoutZoomOptions.${key} must be a number of pages (1 or more) or null, not ${String(pages)}.`);
    }
  }
}

/**
 * A Range proxy over a rectangle decided when its creating request runs (null: a null object, for the *OrNullObject
 * methods). Loads values, numberFormat, address, rowIndex, columnIndex, rowCount, columnCount.
 */
export function rangeObject(ctx: Ctx, sheetOf: () => FakeSheet, rectOf: (sheet: FakeSheet) => Rect | null, nullable: boolean): Record<string, unknown> {
  const loaded = new Map<string, unknown>();
  let rect: Rect | null | undefined;
  let isNull: boolean | undefined;
  ctx.queue.push({
    requestBytes: 40,
    run: () => {
      rect = rectOf(sheetOf());
      return undefined;
    },
  });
  ctx.pending.push((ok) => {
    if (ok && isNull === undefined && nullable) isNull = rect === null;
    if (ok && !nullable) isNull = false;
  });
  const current = (): Rect => {
    if (!rect) throw excelError("ItemNotFound", "The range does not exist (a null object).");
    return rect;
  };
  const read = (property: string) => {
    if (!loaded.has(property)) {
      throw excelError("PropertyNotLoaded", `The property '${property}' is not available. Before reading the property's value, call the load method and context.sync().`);
    }
    return loaded.get(property);
  };
  const matrix = (name: "values" | "numberFormat", value: unknown) => {
    ctx.queue.push({
      requestBytes: payloadBytes(value),
      run: () => {
        const sheet = sheetOf();
        const area = current();
        const rows = value as unknown[][];
        if (!Array.isArray(rows) || rows.length !== area.rows || rows.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
          throw excelError("InvalidArgument", `The ${name} matrix does not match the range's ${area.rows} × ${area.cols} size.`);
        }
        if (sheet.protected) throw excelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
        sheet.write(area, name === "values" ? rows : null, name === "numberFormat" ? rows : null);
        return undefined;
      },
    });
  };
  const object: Record<string, unknown> = {
    __rect: () => current(),
    get isNullObject() {
      if (isNull === undefined) throw excelError("PropertyNotLoaded", "The property 'isNullObject' is not available before context.sync().");
      return isNull;
    },
    get values() {
      return read("values");
    },
    set values(value: unknown) {
      matrix("values", value);
    },
    get numberFormat() {
      return read("numberFormat");
    },
    set numberFormat(value: unknown) {
      matrix("numberFormat", value);
    },
    get address() {
      return read("address");
    },
    get rowIndex() {
      return read("rowIndex");
    },
    get columnIndex() {
      return read("columnIndex");
    },
    get rowCount() {
      return read("rowCount");
    },
    get columnCount() {
      return read("columnCount");
    },
    load(props: unknown) {
      const fields = (typeof props === "string" ? props.split(",") : Array.isArray(props) ? props.map(String) : Object.keys(props ?? {})).map((field) => field.trim());
      ctx.queue.push({
        requestBytes: 40,
        run: () => {
          const sheet = sheetOf();
          if (rect === null) return { bytes: 20, commit: () => fields.forEach((field) => loaded.set(field, null)) };
          const area = current();
          const cells = area.rows * area.cols;
          if ((fields.includes("values") || fields.includes("numberFormat")) && cells * 5 > ctx.excel.options.payloadLimit) {
            throw excelError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${cells} cells).`);
          }
          const answer: Record<string, unknown> = {};
          for (const field of fields) {
            if (field === "values") answer.values = grid(area, (row, col) => sheet.cell(row, col) ?? "");
            else if (field === "numberFormat") answer.numberFormat = grid(area, (row, col) => sheet.format(row, col));
            else if (field === "address") answer.address = rectAddress(sheet.name, area);
            else if (field === "rowIndex") answer.rowIndex = area.top;
            else if (field === "columnIndex") answer.columnIndex = area.left;
            else if (field === "rowCount") answer.rowCount = area.rows;
            else if (field === "columnCount") answer.columnCount = area.cols;
            else throw excelError("InvalidArgument", `The strict fake does not know the Range property '${field}'.`);
          }
          return { bytes: payloadBytes(answer), commit: () => fields.forEach((field) => loaded.set(field, answer[field])) };
        },
      });
      return object;
    },
    getMergedAreasOrNullObject: () => {
      ctx.queue.push({ requestBytes: 0, run: () => (ctx.need("1.13", "Range.getMergedAreasOrNullObject"), undefined) });
      return rangeAreasObject(
        ctx,
        sheetOf,
        () => {
          const area = current();
          // The reference: the areas whose top-left cell is in the range; more than 512 and the method fails.
          const found = sheetOf().merges.filter(
            (merge) => merge.top >= area.top && merge.top < area.top + area.rows && merge.left >= area.left && merge.left < area.left + area.cols,
          );
          if (found.length > ctx.excel.options.mergedAreaLimit) {
            throw excelError("GeneralException", `There are ${found.length} merged areas in the range, more than ${ctx.excel.options.mergedAreaLimit}.`);
          }
          return found.length === 0 ? null : found.map((merge) => ({ top: merge.top, left: merge.left, rows: merge.bottom - merge.top + 1, cols: merge.right - merge.left + 1 }));
        },
        true,
      );
    },
    merge: (across?: boolean) =>
      ctx.queue.push({
        requestBytes: 20,
        run: () => {
          ctx.need("1.2", "Range.merge");
          const area = current();
          if (across) throw excelError("InvalidArgument", "The strict fake only merges whole ranges.");
          sheetOf().merges.push({ top: area.top, left: area.left, bottom: area.top + area.rows - 1, right: area.left + area.cols - 1 });
          return undefined;
        },
      }),
    select: () =>
      ctx.queue.push({
        requestBytes: 20,
        run: () => {
          const sheet = sheetOf();
          ctx.excel.workbook.selection = { sheetId: sheet.id, address: rectAddress(sheet.name, current()) };
          return undefined;
        },
      }),
    getEntireColumn: () => rangeObject(ctx, sheetOf, () => ({ top: 0, left: current().left, rows: 1_048_576, cols: current().cols }), false),
    set columnHidden(value: unknown) {
      ctx.queue.push({
        requestBytes: 20,
        run: () => {
          ctx.need("1.2", "Range.columnHidden");
          const sheet = sheetOf();
          ctx.excel.workbook.formatLog.push({ sheetId: sheet.id, address: rectAddress(sheet.name, current()), path: "columnHidden", value });
          return undefined;
        },
      });
    },
    format: recorder(ctx, () => ({ sheet: sheetOf(), address: rectAddress(sheetOf().name, current()) }), "format"),
  };
  return object;
}

/** A RangeAreas proxy (Worksheet.getRanges, Range.getMergedAreasOrNullObject): address, areaCount, format. */
export function rangeAreasObject(ctx: Ctx, sheetOf: () => FakeSheet, rectsOf: () => Rect[] | null, nullable: boolean): Record<string, unknown> {
  const loaded = new Map<string, unknown>();
  let rects: Rect[] | null | undefined;
  let isNull: boolean | undefined;
  ctx.queue.push({
    requestBytes: 40,
    run: () => {
      rects = rectsOf();
      return undefined;
    },
  });
  ctx.pending.push((ok) => {
    if (ok) isNull = nullable ? rects === null : false;
  });
  const address = () => (rects ?? []).map((rect) => rectAddress(sheetOf().name, rect)).join(",");
  const object: Record<string, unknown> = {
    get isNullObject() {
      if (isNull === undefined) throw excelError("PropertyNotLoaded", "The property 'isNullObject' is not available before context.sync().");
      return isNull;
    },
    get address() {
      if (!loaded.has("address")) throw excelError("PropertyNotLoaded", "The property 'address' is not available. Call load and context.sync() first.");
      return loaded.get("address");
    },
    get areaCount() {
      if (!loaded.has("areaCount")) throw excelError("PropertyNotLoaded", "The property 'areaCount' is not available. Call load and context.sync() first.");
      return loaded.get("areaCount");
    },
    load(props: unknown) {
      const fields = String(props).split(",").map((field) => field.trim());
      ctx.queue.push({
        requestBytes: 40,
        run: () => {
          const answer = { address: rects ? address() : null, areaCount: rects ? rects.length : null };
          return { bytes: payloadBytes(answer), commit: () => fields.forEach((field) => loaded.set(field, answer[field as keyof typeof answer])) };
        },
      });
      return object;
    },
    format: recorder(ctx, () => ({ sheet: sheetOf(), address: address() }), "format", "1.9"),
  };
  return object;
}

function grid(area: Rect, cell: (row: number, col: number) => unknown): unknown[][] {
  return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (__, c) => cell(area.top + r, area.left + c)));
}
