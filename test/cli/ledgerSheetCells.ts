import type ExcelJS from "exceljs";

/**
 * The column (1-based) whose header in `headerRow` reads `header` (spaces ignored), as a clerk finds it.
 * @example const noteColumn = headerColumn(ledger, 2, "备注")
 */
export function headerColumn(sheet: ExcelJS.Worksheet, headerRow: number, header: string): number {
  let found = -1;
  sheet.getRow(headerRow).eachCell((cell, col) => {
    if (String(cell.value).replace(/\s/g, "") === header) found = col;
  });
  if (found < 0) throw new Error(`header ${header} not found`);
  return found;
}

/**
 * The first row (1-based) whose cell in `col` starts with `text`, or -1.
 * @example const row = findRow(ledger, titleColumn, "全省工业用电量")
 */
export function findRow(sheet: ExcelJS.Worksheet, col: number, text: string): number {
  let found = -1;
  sheet.eachRow((row, index) => {
    if (found < 0 && String(row.getCell(col).value ?? "").startsWith(text)) found = index;
  });
  return found;
}
