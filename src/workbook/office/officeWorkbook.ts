import type { WorkbookPort } from "../workbookPort";
import { activeSheetName } from "./activeSheetName";
import { listSheets } from "./listSheets";
import { readDocumentSetting } from "./readDocumentSetting";
import { readSheet } from "./readSheet";
import { saveDocumentSetting } from "./saveDocumentSetting";
import { selectCell } from "./selectCell";
import { writeSheet } from "./writeSheet";

/** Excel.run, or anything that runs a batch with a request context. */
export type RunInContext = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Document setting holding the clerk's settings (one JSON object). */
export const SETTINGS_KEY = "progressLedger";
/** Document setting listing the sheets the add-in wrote (which it may replace). */
export const PRODUCT_SHEETS_KEY = "progressLedger.productSheets";

/**
 * The WorkbookPort inside Excel: each call is one Excel.run batch over the functions of this folder;
 * settings are Office document settings, saved with the workbook. Writing a sheet records its name as
 * the product's, so regenerating it later replaces it without asking.
 * @example const port = officeWorkbook(Excel.run); await port.writeSheet(layout); await port.selectCell(layout.name, "A3");
 */
export function officeWorkbook(run: RunInContext, settings: () => Office.Settings = () => Office.context.document.settings): WorkbookPort {
  const productSheets = (): string[] => {
    const value = readDocumentSetting(settings(), PRODUCT_SHEETS_KEY);
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === "string") : [];
  };
  return {
    listSheets: () => run(listSheets),
    activeSheetName: () => run(activeSheetName),
    readSheet: (name) => run((context) => readSheet(context, name)),
    readAllSheets: () =>
      run(async (context) => {
        const grids = [];
        // One sheet after another in one batch: each read needs its own sync (values, then formats).
        for (const name of await listSheets(context)) grids.push(await readSheet(context, name));
        return grids;
      }),
    writeSheet: async (layout, options) => {
      const overwrite = options?.overwrite === true;
      const known = overwrite ? [] : productSheets();
      await run((context) => writeSheet(context, layout, { productSheets: known, overwrite }));
      // Only ledgers and summaries become the add-in's own (replaceable without asking); a task table does not.
      if (layout.kind === "ledger" || layout.kind === "summary") {
        const recorded = overwrite ? productSheets() : known;
        if (!recorded.includes(layout.name)) await saveDocumentSetting(settings(), PRODUCT_SHEETS_KEY, [...recorded, layout.name]);
      }
    },
    selectCell: (sheet, address) => run((context) => selectCell(context, sheet, address)),
    readSettings: async () => {
      const value = readDocumentSetting(settings(), SETTINGS_KEY);
      return value && typeof value === "object" && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
    },
    writeSettings: (record) => saveDocumentSetting(settings(), SETTINGS_KEY, record),
  };
}
