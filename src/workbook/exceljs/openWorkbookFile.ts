import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { Result } from "../../domain/problem";
import { fail } from "../../domain/problem";
import type { CsvWorkbook } from "./csvWorkbook";
import type { ExcelJsWorkbook } from "./excelJsWorkbook";
import { openWorkbookBytes } from "./openWorkbookBytes";

/**
 * Open an .xlsx or .csv file from disk (command line). A missing or unreadable file is a problem, not a throw.
 * `reading` is the file's bytes being read already (readAhead), so that the disk works while the previous file is parsed.
 * @example const opened = await openWorkbookFile("examples/分工方案.xlsx");
 */
export async function openWorkbookFile(path: string, reading?: Promise<Uint8Array>): Promise<Result<ExcelJsWorkbook | CsvWorkbook>> {
  let bytes: Uint8Array;
  try {
    bytes = await (reading ?? readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === "ENOENT";
    return fail([
      {
        code: "unreadable-file",
        severity: "error",
        file: path,
        message: missing ? `找不到文件“${path}”，请检查路径和文件名。` : `无法打开文件“${path}”（${code ?? String(error)}），请检查文件权限或是否被其他程序占用。`,
        messageEn: missing ? `File "${path}" not found; check the path and name.` : `Cannot open "${path}" (${code ?? String(error)}); check permissions or whether another program holds it.`,
      },
    ]);
  }
  return openWorkbookBytes(bytes, basename(path), { inflateRaw: (compressed, limit) => inflateRawSync(compressed, { maxOutputLength: limit }) });
}
