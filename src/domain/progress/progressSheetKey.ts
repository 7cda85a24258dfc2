import type { ProgressRow } from "./progressRow";

/**
 * The sheet a progress row comes from, as one key: `file|sheet` (file empty for a sheet of the open workbook).
 * Rows come sheet by sheet: the last sheet's key is kept and handed out again (one string per sheet, hashed once
 * when looked up, not one per row).
 * @example progressSheetKey({ text: "…", department: "省经委", source: { file: "省经委.xlsx", sheet: "Sheet1", cell: "C4" } }) // "省经委.xlsx|Sheet1"
 */
export function progressSheetKey(row: Pick<ProgressRow, "source">): string {
  const { file, sheet } = row.source;
  if (file !== lastFile || sheet !== lastSheet) {
    lastFile = file;
    lastSheet = sheet;
    lastKey = `${file ?? ""}|${sheet}`;
  }
  return lastKey;
}

let lastFile: string | undefined;
let lastSheet = "";
let lastKey = "|";
