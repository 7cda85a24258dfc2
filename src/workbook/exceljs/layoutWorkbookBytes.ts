import type { SheetLayout } from "../../domain/layout";
import { loadExcelJs } from "./loadExcelJs";
import { writeSheetLayout } from "./writeSheetLayout";

/**
 * A new .xlsx holding the given laid-out sheets (a report template, a register), as bytes to save or download.
 * @example await writeFile("省经委-2007年1-10月进展填报表.xlsx", await layoutWorkbookBytes([template.layout]))
 */
export async function layoutWorkbookBytes(layouts: readonly SheetLayout[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "督查台账";
  for (const layout of layouts) writeSheetLayout(workbook.addWorksheet(layout.name), layout);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
