/**
 * A strict fake of the Excel JavaScript API, for every Office.js test: it refuses what a real Excel refuses.
 * - Requests are queued and run at `context.sync()`, in order; reading a property that was not loaded and synced
 *   throws PropertyNotLoaded, and `isNullObject` is known only after a sync.
 * - Sheet names follow Excel's rules (strictExcelModel.ts): ItemAlreadyExists, ItemNotFound, InvalidArgument.
 * - Each API is tagged with the ExcelApi requirement set that introduced it (the reference's "API set" remark); one
 *   above `apiVersion` fails the sync with ApiNotFound.
 * - Range.getMergedAreasOrNullObject fails above 512 merged areas.
 * - A sync whose request or response passes `payloadLimit` bytes (UTF-8 JSON; Excel on the web allows 5 MB,
 *   "Resource limits and performance optimization for Office Add-ins") fails with Request/ResponsePayloadSizeLimitExceeded.
 * - `failSync` fails a chosen sync (1-based, counted over the fake's life) before anything of it is applied;
 *   `cellEditMode` fails every batch not run with `{ delayForCellEdit: true }` (Excel.RunOptions).
 * @example const excel = strictExcel({ apiVersion: "1.9" }); excel.workbook.addSheet("分工方案", { rows }); await excel.run((context) => readSheet(context, "分工方案"));
 */
import { FakeWorkbook, excelError, payloadBytes, versionAtLeast, type FakeSheet, type Rect } from "./strictExcelModel";
import { rangeObject, rangeAreasObject, recorder, type Ctx } from "./strictExcelRange";

export interface StrictExcelOptions {
  /** Highest ExcelApi requirement set supported; default 1.17 (Office 2024, Microsoft 365). */
  apiVersion?: string;
  /** Bytes per request and per response; default 5,000,000. */
  payloadLimit?: number;
  /** Merged areas getMergedAreasOrNullObject returns before failing; default 512. */
  mergedAreaLimit?: number;
  /** Fail this sync (1-based over the fake's life) with `code` (default GeneralException). */
  failSync?: { at: number; code?: string } | null;
  /** The clerk is typing in a cell: a batch fails unless run with delayForCellEdit. */
  cellEditMode?: boolean;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  failed?: string;
}

export interface StrictExcel {
  workbook: FakeWorkbook;
  options: Required<Omit<StrictExcelOptions, "failSync">> & { failSync: StrictExcelOptions["failSync"] };
  /** Excel.run: a fresh request context per batch; `(options, batch)` as well. */
  run: <T>(...args: [(context: Excel.RequestContext) => Promise<T>] | [Excel.RunOptions, (context: Excel.RequestContext) => Promise<T>]) => Promise<T>;
  /** One context (as inside one Excel.run) for tests calling the functions directly. */
  context: () => Excel.RequestContext;
  syncs: SyncRecord[];
  /** Office.context.requirements as this Excel answers. */
  requirements: { isSetSupported(name: string, version?: string): boolean };
  runOptions: Excel.RunOptions[];
}

export function strictExcel(options: StrictExcelOptions = {}): StrictExcel {
  const workbook = new FakeWorkbook();
  const settings = {
    apiVersion: options.apiVersion ?? "1.17",
    payloadLimit: options.payloadLimit ?? 5_000_000,
    mergedAreaLimit: options.mergedAreaLimit ?? 512,
    cellEditMode: options.cellEditMode ?? false,
    failSync: options.failSync ?? null,
  };
  const syncs: SyncRecord[] = [];
  const runOptions: Excel.RunOptions[] = [];
  const excel: StrictExcel = {
    workbook,
    options: settings,
    syncs,
    runOptions,
    requirements: { isSetSupported: (name, version = "1.1") => name === "ExcelApi" && versionAtLeast(settings.apiVersion, version) },
    context: () => newContext(excel, false),
    run: async <T>(...args: [(context: Excel.RequestContext) => Promise<T>] | [Excel.RunOptions, (context: Excel.RequestContext) => Promise<T>]) => {
      const [runOptionsGiven, batch] = args.length === 1 ? [{}, args[0]] : args;
      runOptions.push(runOptionsGiven);
      const context = newContext(excel, runOptionsGiven.delayForCellEdit === true);
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
  return excel;
}

function newContext(excel: StrictExcel, delayForCellEdit: boolean): Excel.RequestContext {
  const ctx: Ctx = {
    excel,
    queue: [],
    pending: [],
    need(version, api) {
      if (!versionAtLeast(excel.options.apiVersion, version)) {
        throw excelError("ApiNotFound", `The API you are trying to use could not be found. (${api} is part of ExcelApi ${version}; this Excel has ${excel.options.apiVersion})`);
      }
    },
    async sync() {
      // Nothing queued: no request travels (Excel.run's closing sync after a batch that synced its last request).
      if (ctx.queue.length === 0 && ctx.pending.length === 0) return;
      const number = excel.syncs.length + 1;
      const queue = ctx.queue.splice(0);
      const pending = ctx.pending.splice(0);
      const record: SyncRecord = { requestBytes: queue.reduce((sum, action) => sum + action.requestBytes, 0), responseBytes: 0, actions: queue.length };
      excel.syncs.push(record);
      const fail = (code: string, message: string) => {
        record.failed = code;
        pending.forEach((settle) => settle(false));
        throw excelError(code, message);
      };
      if (excel.options.failSync?.at === number) fail(excel.options.failSync.code ?? "GeneralException", "An internal error has occurred.");
      if (excel.options.cellEditMode && !delayForCellEdit) fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      if (record.requestBytes > excel.options.payloadLimit) fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      const commits: (() => void)[] = [];
      for (const action of queue) {
        try {
          const outcome = action.run();
          if (outcome) {
            record.responseBytes += outcome.bytes;
            commits.push(outcome.commit);
          }
        } catch (error) {
          record.failed = (error as { code?: string }).code ?? "GeneralException";
          pending.forEach((settle) => settle(false));
          throw error;
        }
      }
      if (record.responseBytes > excel.options.payloadLimit) fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      commits.forEach((commit) => commit());
      pending.forEach((settle) => settle(true));
    },
  };
  const worksheets = worksheetCollection(ctx);
  return { workbook: { worksheets }, sync: () => ctx.sync() } as unknown as Excel.RequestContext;
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

function worksheetCollection(ctx: Ctx) {
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
