import type { ProgressRow } from "./progressRow";

/**
 * The sheet a progress row comes from, as one key: `file|sheet` (file empty for a sheet of the open workbook).
 * @example progressSheetKey({ text: "…", department: "省经委", source: { file: "省经委.xlsx", sheet: "Sheet1", cell: "C4" } }) // "省经委.xlsx|Sheet1"
 */
export function progressSheetKey(row: Pick<ProgressRow, "source">): string {
  return `${row.source.file ?? ""}|${row.source.sheet}`;
}
