import type { CsvWorkbook } from "../workbook/exceljs/csvWorkbook";
import type { ExcelJsWorkbook } from "../workbook/exceljs/excelJsWorkbook";
import { openWorkbookFile } from "../workbook/exceljs/openWorkbookFile";
import type { CliIO } from "./cliIO";
import { formatProblemLine } from "./formatProblemLine";

/**
 * Open the workbook a command works on (.xlsx or .csv). When it cannot be used (missing, not a workbook, damaged),
 * every problem goes to standard error in the clerk's language and the result is null: the command then exits 2.
 * @example const workbook = await openCommandWorkbook("examples/工业项目年2007.xlsx", io); if (workbook === null) return 2;
 */
export async function openCommandWorkbook(path: string, io: CliIO): Promise<ExcelJsWorkbook | CsvWorkbook | null> {
  const opened = await openWorkbookFile(path);
  if (opened.ok) return opened.value;
  for (const problem of opened.problems) io.err(formatProblemLine(problem, io.lang));
  return null;
}
