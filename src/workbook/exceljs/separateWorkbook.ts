import type { Problem } from "../../domain/problem";
import { ExcelJsWorkbook } from "./excelJsWorkbook";
import type { UnsupportedPart } from "./findUnsupportedParts";
import { loadExcelJs } from "./loadExcelJs";

/**
 * An empty workbook to write the ledger and the summary into, for a clerk's workbook that a copy would damage (its
 * charts, pivot tables, macros … would be lost), with the `separate-workbook` problem that says why and what to do.
 * @example const separate = await separateWorkbook(workbook.unsupportedParts, "任务表.xlsx"); await writeLedger(separate.workbook, request);
 */
export async function separateWorkbook(parts: readonly UnsupportedPart[], file: string): Promise<{ workbook: ExcelJsWorkbook; problem: Problem }> {
  const ExcelJS = await loadExcelJs();
  const zh = parts.map((part) => part.zh).join("、");
  const en = parts.map((part) => part.en).join(", ");
  return {
    workbook: new ExcelJsWorkbook(new ExcelJS.Workbook(), file),
    problem: {
      code: "separate-workbook",
      severity: "warning",
      file,
      message: `“${file}”含有${zh}，本工具写出的副本会丢失这些内容，因此台账和通报汇总写入一个只含这两张表的单独工作簿（--out 给出的文件），原工作簿未改动。需要时可在 Excel 中把这两张表移动或复制到原工作簿。`,
      messageEn: `"${file}" holds ${en}, which a copy written by this tool would lose; so the ledger and the summary were written to a separate workbook holding only these two sheets (the --out file), and the workbook itself is unchanged. Move or copy the two sheets into it in Excel when needed.`,
    },
  };
}
