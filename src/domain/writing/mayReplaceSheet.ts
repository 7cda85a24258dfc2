import type { SheetGrid } from "../grid";
import { isLedgerLike } from "../sheets/isLedgerLike";

/**
 * The replace guard both writers apply before recreating an existing sheet: yes when the clerk confirmed
 * (`overwrite`), when the workbook records the sheet as one the product wrote (`productSheets`), or when its content
 * is a ledger or summary of this product (isLedgerLike, also after hand edits removed its check codes). A task
 * table, a department's progress sheet or the clerk's own sheet is never replaced without asking.
 * `existing` is read lazily: it is not needed when the name is recorded or the clerk confirmed.
 * @example await mayReplaceSheet("台账 2007-10", () => port.readSheet("台账 2007-10"), {}) // true for a ledger this product wrote
 */
export async function mayReplaceSheet(
  name: string,
  existing: () => Promise<SheetGrid>,
  options: { overwrite?: boolean; productSheets?: readonly string[] },
): Promise<boolean> {
  if (options.overwrite === true || (options.productSheets ?? []).includes(name)) return true;
  return isLedgerLike(await existing());
}
