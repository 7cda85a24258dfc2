import type { SheetGrid } from "../grid";
import type { Problem } from "../problem";
import { isLedgerLike } from "./isLedgerLike";

/**
 * The `sheet-name-taken` problem when a sheet the product is about to write (the ledger, the summary) has the name
 * of one of the clerk's own sheets — not a ledger or summary it wrote earlier, which it may replace. Excel compares
 * sheet names without case. Null when the name is free.
 * @example ledgerNameTaken(sheets, "台账 2007-10", "build.xlsx") // { code: "sheet-name-taken", sheet: "台账 2007-10", … } when the clerk named a sheet so
 */
export function ledgerNameTaken(sheets: readonly SheetGrid[], name: string, file?: string): Problem | null {
  const taken = sheets.find((grid) => grid.name.toLowerCase() === name.toLowerCase());
  if (taken === undefined || isLedgerLike(taken)) return null;
  return {
    code: "sheet-name-taken",
    severity: "error",
    ...(file !== undefined ? { file } : {}),
    sheet: taken.name,
    message: `工作簿中已有一张名为“${taken.name}”的工作表，它不是本工具生成的台账或汇总，不会被覆盖，因此没有写出结果。请把这张表改名，或在设置中换一个台账/汇总工作表名称。`,
    messageEn: `The workbook already has a sheet named "${taken.name}" that is not a ledger or summary this tool wrote; it is not replaced, so nothing was written. Rename that sheet, or choose another ledger/summary sheet name in the settings.`,
  };
}
