import type { Problem, Result } from "../../domain/problem";
import { fail, ok } from "../../domain/problem";
import { parseCsv } from "../../domain/csv/parseCsv";
import { decodeTextBytes } from "../decodeTextBytes";
import { CsvWorkbook } from "./csvWorkbook";
import { ExcelJsWorkbook } from "./excelJsWorkbook";
import { loadExcelJs } from "./loadExcelJs";
import { findUnsupportedParts, type UnsupportedPart } from "./findUnsupportedParts";
import { measureXlsxSheets } from "./measureXlsxSheets";
import { readXlsxPackage, type PackageReading } from "./readXlsxPackage";
import { sheetSizeProblem } from "../../domain/limits/sheetSizeProblem";

/**
 * Open the bytes of an .xlsx or .csv file as a workbook (no file system: works in Node and in browsers).
 * Old .xls / .et files, encrypted files (both OLE containers) and damaged files give an `unreadable-file` problem that
 * says what to do; a sheet too large to read in seconds (SHEET_LIMITS, counted before ExcelJS builds anything) a
 * `sheet-too-large` problem. The workbook lists what a copy of it would lose (`unsupportedParts`). `reading` may give
 * the platform's decoder for the checks made before ExcelJS reads the package (readXlsxPackage).
 * @example const opened = await openWorkbookBytes(bytes, "分工方案.xlsx"); if (opened.ok) await opened.value.listSheets();
 */
export async function openWorkbookBytes(input: ArrayBuffer | Uint8Array, fileName: string, reading: PackageReading = {}): Promise<Result<ExcelJsWorkbook | CsvWorkbook>> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const extension = (/\.([^.\\/]+)$/.exec(fileName)?.[1] ?? "").toLowerCase();
  if (isOleContainer(bytes)) return fail([oleContainer(fileName)]);
  // A .csv is read without ExcelJS (CsvWorkbook loads it only when something is written).
  if (extension === "csv" || extension === "txt") {
    const sheetName = sheetNameFromFile(fileName);
    const rows = parseCsv(decodeTextBytes(bytes));
    const cells = rows.reduce((sum, row) => sum + row.length, 0);
    const tooLarge = sheetSizeProblem({ sheet: sheetName, rows: rows.length, cells, mergedCells: 0 }, fileName);
    if (tooLarge !== null) return fail([tooLarge]);
    return ok(new CsvWorkbook(rows, fileName, sheetName));
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail([unreadable(fileName, "不是 .xlsx 或 .csv 文件（文件内容无法识别），请确认文件类型", "is not an .xlsx or .csv file (its content is not recognised); check the file type")]);
  }
  const inspected = await inspectPackage(bytes, fileName, reading);
  if (!inspected.ok) return fail(inspected.problems);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/anchors|drawing|image|media/i.test(reason)) {
      return fail([unreadable(fileName, "含有本工具读不了的图形或图表（图形部件不完整），未能打开。请在 Excel 或 WPS 中打开它，删除或重新插入图形、图表后另存，再重试；也可以把任务表复制到新工作簿", "holds drawings or charts this tool cannot read (an incomplete drawing part), so it was not opened. Open it in Excel or WPS, delete or re-insert the drawings and charts and save it, then retry; or copy the task table into a new workbook")]);
    }
    return fail([unreadable(fileName, `无法读取（文件可能已损坏：${reason.slice(0, 120)}），请在 Excel 中打开并另存后重试`, `cannot be read (it may be damaged: ${reason.slice(0, 120)}); open it in Excel, save it again and retry`)]);
  }
  const opened = new ExcelJsWorkbook(workbook, fileName);
  opened.unsupportedParts = inspected.value;
  return ok(opened);
}

/**
 * What is told before ExcelJS reads the package: a damaged zip, no workbook part, sheets too large to read, and what a
 * copy would lose. Each sheet's text is unpacked once for these checks and let go before ExcelJS unpacks its own.
 */
async function inspectPackage(bytes: Uint8Array, fileName: string, reading: PackageReading): Promise<Result<UnsupportedPart[]>> {
  const pkg = await readXlsxPackage(bytes, reading);
  if (pkg === null) return fail([unreadable(fileName, "已损坏（不是完整的 .xlsx 压缩包），请在 Excel 中打开并另存后重试", "is damaged (not a complete .xlsx package); open it in Excel, save it again and retry")]);
  if (!pkg.paths.includes("xl/workbook.xml")) return fail([unreadable(fileName, "是一个压缩包，但不是 Excel 工作簿（缺少工作簿部件），请确认文件类型", "is a zip archive but no Excel workbook (it has no workbook part); check the file type")]);
  const tooLarge = (await measureXlsxSheets(pkg)).map((measure) => sheetSizeProblem(measure, fileName)).filter((problem) => problem !== null);
  if (tooLarge.length > 0) return fail(tooLarge);
  return ok(await findUnsupportedParts(pkg));
}

/** The OLE compound-file signature: an Excel 97-2003 workbook, a WPS .et, or any Office file saved with a password. */
function isOleContainer(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1 && bytes[6] === 0x1a && bytes[7] === 0xe1;
}

function oleContainer(fileName: string): Problem {
  return unreadable(
    fileName,
    "是加密（设置了打开密码）的工作簿，或旧版 Excel 97-2003 (.xls) / WPS (.et) 文件，本工具都无法直接读取。如有密码，请在 Excel 中打开后取消密码；如是旧版文件，请“另存为” .xlsx，再重试",
    "is either a workbook encrypted with a password, or an old Excel 97-2003 (.xls) / WPS (.et) file; neither can be read directly. If it has a password, open it in Excel and remove the password; if it is an old file, save it as .xlsx; then retry",
  );
}

function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet1";
}

function unreadable(fileName: string, message: string, messageEn: string): Problem {
  return { code: "unreadable-file", severity: "error", file: fileName, message: `文件“${fileName}”${message}。`, messageEn: `The file "${fileName}" ${messageEn}.` };
}
