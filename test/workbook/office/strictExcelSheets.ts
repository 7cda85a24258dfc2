/**
 * The worksheet collection and Worksheet objects of the strict fake of Excel (strictExcelFake.ts): which sheet an object
 * is gets decided when its creating request runs, in queue order, as in Excel; requirement sets per the reference
 * (getItemOrNullObject and getUsedRangeOrNullObject 1.4, getRangeByIndexes and freezePanes 1.7, getRanges, autoFilter
 * and pageLayout 1.9).
 */
import { excelError, loadList, loadedReader, payloadBytes, type FakeSheet, type Rect } from "./strictExcelModel";
import { rangeAreasObject, rangeObject, recorder, type Ctx } from "./strictExcelRange";

export function worksheetCollection(ctx: Ctx) {
  const loaded = new Map<string, unknown>();
  const read = loadedReader("worksheets", loaded);
  const { workbook } = ctx.excel;
  return {
    get items() {
      return read("items");
    },
    load(props: unknown) {
      const fields = loadList(props).map((prop) => prop.replace(/^items\//, ""));
      ctx.queue.push({
        requestBytes: 40,
        run: () => {
          const sheets = workbook.sheets.map((sheet) => worksheet(ctx, () => sheet, { fields }));
          const answer = sheets.map((sheet) => sheet.snapshot);
          return { bytes: payloadBytes(answer), commit: () => loaded.set("items", sheets.map((sheet) => sheet.object)) };
        },
      });
    },
    getItem: (name: string) =>
      worksheet(ctx, () => {
        const sheet = workbook.find(name);
        if (!sheet) throw excelError("ItemNotFound", `The requested resource doesn't exist. (sheet "${name}")`);
        return sheet;
      }).object,
    getItemOrNullObject: (name: string) => {
      ctx.queue.push({ requestBytes: 0, run: () => (ctx.need("1.4", "WorksheetCollection.getItemOrNullObject"), undefined) });
      return worksheet(ctx, () => workbook.find(name) ?? null, { nullable: true }).object;
    },
    getActiveWorksheet: () => worksheet(ctx, () => workbook.byId(workbook.activeSheetId ?? -1) ?? null).object,
    add: (name?: string) =>
      worksheet(ctx, () => {
        workbook.checkStructure();
        const chosen = name ?? `Sheet${workbook.sheets.length + 1}`;
        workbook.checkName(chosen);
        return workbook.addSheet(chosen);
      }).object,
  };
}

interface WorksheetHandle {
  object: Record<string, unknown>;
  /** The loaded fields, when created by a collection load (already resolved). */
  snapshot: Record<string, unknown>;
}

/**
 * A Worksheet proxy: which sheet it is is decided when its creating request runs (getItem, add…), in queue order.
 * `fields` given: created by a collection load, already resolved and loaded.
 */
function worksheet(ctx: Ctx, resolve: () => FakeSheet | null, how: { nullable?: boolean; fields?: string[] } = {}): WorksheetHandle {
  const loaded = new Map<string, unknown>();
  const read = loadedReader("worksheet", loaded);
  let sheet: FakeSheet | null | undefined;
  let isNull: boolean | undefined;
  const { workbook } = ctx.excel;
  const target = (): FakeSheet => {
    if (!sheet) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
    if (!workbook.byId(sheet.id)) throw excelError("ItemNotFound", `The requested resource doesn't exist. (sheet "${sheet.name}" was deleted)`);
    return sheet;
  };
  const snapshot: Record<string, unknown> = {};
  const fieldsOf = (found: FakeSheet): Record<string, unknown> => ({
    name: found.name,
    position: workbook.sheets.indexOf(found),
    visibility: found.visibility,
    id: `{${found.id}}`,
  });
  if (how.fields) {
    sheet = resolve();
    isNull = false;
    const all = fieldsOf(sheet as FakeSheet);
    for (const field of how.fields) {
      snapshot[field] = all[field];
      loaded.set(field, all[field]);
    }
  } else {
    ctx.queue.push({
      requestBytes: 40,
      run: () => {
        sheet = resolve();
        if (sheet === null && !how.nullable) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
        return undefined;
      },
    });
    ctx.pending.push((ok) => {
      if (ok && isNull === undefined) isNull = sheet === null;
    });
  }
  const queue = (requestBytes: number, run: (found: FakeSheet) => void) => ctx.queue.push({ requestBytes, run: () => (run(target()), undefined) });
  const range = (rect: (found: FakeSheet) => Rect | null, nullable = false) => rangeObject(ctx, () => target(), rect, nullable);
  const object: Record<string, unknown> = {
    get isNullObject() {
      if (isNull === undefined) throw excelError("PropertyNotLoaded", "The property 'isNullObject' is not available before context.sync().");
      return isNull;
    },
    get name() {
      return read("name");
    },
    set name(value: unknown) {
      loaded.set("name", value);
      queue(payloadBytes(value), (found) => {
        workbook.checkStructure();
        workbook.checkName(String(value), found);
        found.name = String(value);
      });
    },
    get position() {
      return read("position");
    },
    set position(value: unknown) {
      queue(20, (found) => workbook.move(found, Number(value)));
    },
    get visibility() {
      return read("visibility");
    },
    set visibility(value: unknown) {
      queue(20, (found) => {
        found.visibility = value as FakeSheet["visibility"];
      });
    },
    load(props: unknown) {
      const fields = loadList(props);
      ctx.queue.push({
        requestBytes: 40,
        run: () => {
          const all = sheet ? fieldsOf(target()) : {};
          const answer = Object.fromEntries(fields.map((field) => [field, all[field] ?? null]));
          return { bytes: payloadBytes(answer), commit: () => fields.forEach((field) => loaded.set(field, answer[field])) };
        },
      });
      return object;
    },
    delete: () => queue(20, (found) => workbook.remove(found)),
    activate: () =>
      queue(20, (found) => {
        workbook.activeSheetId = found.id;
      }),
    getRange: (address?: string) => range(() => (address === undefined ? { top: 0, left: 0, rows: 1_048_576, cols: 16_384 } : parseRect(address))),
    getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => {
      ctx.queue.push({ requestBytes: 0, run: () => (ctx.need("1.7", "Worksheet.getRangeByIndexes"), undefined) });
      return range(() => {
        if (![top, left, rows, cols].every(Number.isInteger) || top < 0 || left < 0 || rows < 1 || cols < 1) {
          throw excelError("InvalidArgument", `getRangeByIndexes(${top}, ${left}, ${rows}, ${cols}) is not a range.`);
        }
        return { top, left, rows, cols };
      });
    },
    getRanges: (address: string) => {
      ctx.queue.push({ requestBytes: payloadBytes(address), run: () => (ctx.need("1.9", "Worksheet.getRanges"), undefined) });
      return rangeAreasObject(ctx, () => target(), () => address.split(",").map((part) => parseRect(part)), false);
    },
    getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
      ctx.queue.push({ requestBytes: 0, run: () => (ctx.need("1.4", "Worksheet.getUsedRangeOrNullObject"), undefined) });
      return range((found) => found.usedRect(valuesOnly === true), true);
    },
    freezePanes: {
      freezeRows: (count: number) => {
        ctx.queue.push({ requestBytes: 0, run: () => (ctx.need("1.7", "Worksheet.freezePanes"), undefined) });
        queue(20, (found) => {
          found.frozenRows = count;
        });
      },
    },
    autoFilter: {
      apply: (filtered: { address?: string; __rect?: () => Rect }) => {
        ctx.queue.push({ requestBytes: 0, run: () => (ctx.need("1.9", "Worksheet.autoFilter"), undefined) });
        queue(40, (found) => {
          const rect = filtered.__rect?.();
          found.autoFilter = rect ? JSON.stringify(rect) : "?";
        });
      },
    },
    pageLayout: recorder(ctx, () => ({ sheet: target(), address: "pageLayout" }), "pageLayout", "1.9"),
  };
  return { object, snapshot };
}

function parseRect(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(local);
  if (!match) throw excelError("InvalidArgument", `"${address}" is not an address.`);
  const col = (letters: string) => [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const top = Number(match[2]) - 1;
  const left = col(match[1]);
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  const right = match[3] ? col(match[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), rows: Math.abs(bottom - top) + 1, cols: Math.abs(right - left) + 1 };
}
