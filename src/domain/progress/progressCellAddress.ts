import type { ProgressColumn, ProgressRow } from "./progressRow";

/**
 * The A1 address of one of a progress row's cells by logical column: its sheet's column letter and the row's number;
 * undefined when the sheet has no such column.
 * @example progressCellAddress({ source: { sheet: "10月", cell: "C5", row: 5 }, columnLetters: { text: "C", department: "E" } }, "department") // "E5"
 */
export function progressCellAddress(row: Pick<ProgressRow, "source" | "columnLetters">, column: ProgressColumn): string | undefined {
  const letter = row.columnLetters?.[column];
  return letter === undefined ? undefined : `${letter}${row.source.row}`;
}
