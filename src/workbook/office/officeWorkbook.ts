import type { WorkbookPort } from "../workbookPort";
import { activeSheetName } from "./activeSheetName";
import { listSheets } from "./listSheets";
import { officeRefusal } from "./officeRefusal";
import { readDocumentSetting } from "./readDocumentSetting";
import { readSheet } from "./readSheet";
import { readSheets } from "./readSheets";
import { refreshDocumentSettings } from "./refreshDocumentSettings";
import { saveDocumentSetting } from "./saveDocumentSetting";
import { selectCell } from "./selectCell";
import { writeSheet } from "./writeSheet";
import { addCompletionCharts } from "./addCompletionCharts";

/** Excel.run, or anything that runs a batch with a request context. */
export type RunInContext = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Document setting holding the clerk's settings (one JSON object). */
export const SETTINGS_KEY = "progressLedger";
/** Document setting listing the sheets the add-in wrote (which it may replace). */
export const PRODUCT_SHEETS_KEY = "progressLedger.productSheets";

/** What this Excel supports (excelApiSupport); everything when not said. */
export interface OfficeWorkbookOptions {
  /** ExcelApi 1.13: read merged areas. */
  mergedAreas?: boolean;
  /** ExcelApi 1.9: page layout, autofilter, RangeAreas. */
  pageLayout?: boolean;
}

/**
 * The WorkbookPort inside Excel: each call is one Excel.run batch over the functions of this folder (the pane runs
 * them with `delayForCellEdit`, so a clerk typing in a cell delays the batch instead of failing it); an Excel error
 * rejects as the clerk's message for its code (officeRefusal). Settings are Office document settings, refreshed before
 * reading (co-authoring) and kept when the workbook is saved. Writing a sheet records its name as the product's, so
 * regenerating it later replaces it without asking.
 * @example const port = officeWorkbook((batch) => Excel.run({ delayForCellEdit: true }, batch)); await port.writeSheet(layout);
 */
export function officeWorkbook(
  run: RunInContext,
  settings: () => Office.Settings = () => Office.context.document.settings,
  options: OfficeWorkbookOptions = {},
): WorkbookPort {
  const guarded: RunInContext = async (batch) => {
    try {
      return await run(batch);
    } catch (error) {
      throw officeRefusal(error);
    }
  };
  const productSheets = async (): Promise<string[]> => {
    await refreshDocumentSettings(settings());
    const value = readDocumentSetting(settings(), PRODUCT_SHEETS_KEY);
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === "string") : [];
  };
  const readOptions = { mergedAreas: options.mergedAreas !== false };
  return {
    listSheets: () => guarded(listSheets),
    activeSheetName: () => guarded(activeSheetName),
    readSheet: (name) => guarded((context) => readSheet(context, name, readOptions)),
    // Every visible sheet: sized in one sync, values in shared row blocks, merges per sheet (readSheets).
    readAllSheets: () => guarded(async (context) => readSheets(context, await listSheets(context), readOptions)),
    writeSheet: async (layout, writeOptions) => {
      const overwrite = writeOptions?.overwrite === true;
      const known = overwrite ? [] : await productSheets();
      await guarded((context) => writeSheet(context, layout, { productSheets: known, overwrite, pageLayout: options.pageLayout !== false }));
      // The summary gets its completion charts once its cells are there (ExcelApi 1.7; older Excel: the tables alone).
      if (layout.kind === "summary") await run((context) => addCompletionCharts(context, layout)).catch(() => 0);
      // Only ledgers and summaries become the add-in's own (replaceable without asking); a task table does not.
      if (layout.kind === "ledger" || layout.kind === "summary") {
        const recorded = overwrite ? await productSheets() : known;
        if (!recorded.includes(layout.name)) await saveDocumentSetting(settings(), PRODUCT_SHEETS_KEY, [...recorded, layout.name]);
      }
    },
    selectCell: (sheet, address) => guarded((context) => selectCell(context, sheet, address)),
    readSettings: async () => {
      await refreshDocumentSettings(settings());
      const value = readDocumentSetting(settings(), SETTINGS_KEY);
      return value && typeof value === "object" && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
    },
    writeSettings: (record) => saveDocumentSetting(settings(), SETTINGS_KEY, record),
  };
}
