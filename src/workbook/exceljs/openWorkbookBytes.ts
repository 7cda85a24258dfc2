import type { Problem, Result } from "../../domain/problem";
import { fail, ok } from "../../domain/problem";
import { parseCsv } from "../../domain/csv/parseCsv";
import { decodeTextBytes } from "../decodeTextBytes";
import { CsvWorkbook } from "./csvWorkbook";
import { ExcelJsWorkbook } from "./excelJsWorkbook";
import { loadExcelJs } from "./loadExcelJs";

/**
 * Open the bytes of an .xlsx or .csv file as a workbook (no file system: works in Node and in browsers).
 * Old .xls / .et files and damaged files give an `unreadable-file` problem that says what to do.
 * @example const opened = await openWorkbookBytes(bytes, "分工方案.xlsx"); if (opened.ok) await opened.value.listSheets();
 */
export async function openWorkbookBytes(input: ArrayBuffer | Uint8Array, fileName: string): Promise<Result<ExcelJsWorkbook | CsvWorkbook>> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const extension = (/\.([^.\\/]+)$/.exec(fileName)?.[1] ?? "").toLowerCase();
  // A .csv is read without ExcelJS (CsvWorkbook loads it only when something is written).
  if (extension === "csv" || extension === "txt") return ok(new CsvWorkbook(parseCsv(decodeTextBytes(bytes)), fileName, sheetNameFromFile(fileName)));
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return fail([unreadable(fileName, "是旧版 Excel 97-2003 (.xls) 或 WPS (.et) 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再打开", "is an old Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx in Excel or WPS and open that")]);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail([unreadable(fileName, "不是 .xlsx 或 .csv 文件（文件内容无法识别），请确认文件类型", "is not an .xlsx or .csv file (its content is not recognised); check the file type")]);
  }
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([unreadable(fileName, `无法读取（文件可能已损坏或被加密：${reason}），请在 Excel 中打开并另存后重试`, `cannot be read (damaged or encrypted: ${reason}); open it in Excel, save it again and retry`)]);
  }
  return ok(new ExcelJsWorkbook(workbook, fileName));
}

function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

function unreadable(fileName: string, message: string, messageEn: string): Problem {
  return { code: "unreadable-file", severity: "error", file: fileName, message: `文件“${fileName}”${message}。`, messageEn: `The file "${fileName}" ${messageEn}.` };
}
