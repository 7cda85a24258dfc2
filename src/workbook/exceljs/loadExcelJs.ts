import type ExcelJSModule from "exceljs";

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | null = null;

/**
 * Load ExcelJS on first use. In the browser this is a lazy chunk (about 250 KB gzipped), fetched
 * from the add-in's own server only when a file is read or written.
 * @example const ExcelJS = await loadExcelJs(); const workbook = new ExcelJS.Workbook();
 */
export function loadExcelJs(): Promise<ExcelJS> {
  if (!loading) {
    loading = import(/* webpackChunkName: "exceljs" */ "exceljs").then((mod) => {
      const namespace = mod as unknown as ExcelJS & { default?: ExcelJS };
      return namespace.Workbook ? namespace : (namespace.default as ExcelJS);
    });
  }
  return loading;
}
