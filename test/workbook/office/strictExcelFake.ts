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
import { FakeWorkbook, excelError, versionAtLeast } from "./strictExcelModel";
import type { Ctx } from "./strictExcelRange";
import { worksheetCollection } from "./strictExcelSheets";

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
