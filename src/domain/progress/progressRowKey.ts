import type { ProgressRow } from "./progressRow";

/**
 * The stable key of a progress row, used to pass the clerk's resolutions back in: `file|sheet|cell`
 * (file empty when the sheet has none: a sheet of the workbook open in Excel).
 * @example progressRowKey({ text: "…", department: "省经委", source: { file: "省发展改革委.xlsx", sheet: "Sheet1", cell: "C4", row: 4 } }) // "省发展改革委.xlsx|Sheet1|C4"
 */
export function progressRowKey(row: Pick<ProgressRow, "source">): string {
  return `${row.source.file ?? ""}|${row.source.sheet}|${row.source.cell}`;
}
