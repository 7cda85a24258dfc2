import type { SheetGrid } from "../../domain/grid";
import type { Problem } from "../../domain/problem";
import type { WorkbookPort } from "../../workbook/workbookPort";
import { checkTaskTable } from "../../domain/check/checkTaskTable";
import { detectTaskColumns } from "../../domain/table/detectTaskColumns";
import { importDivisionText } from "../../domain/import/importDivisionText";
import { taskTableLayout } from "../../domain/layout/taskTableLayout";
import { readDocxText } from "../../workbook/docx/readDocxText";
import { decodeTextBytes } from "../../workbook/decodeTextBytes";
import { columnChoices } from "./columnChoices";
import { progressSteps } from "./progressSteps";
import type { DocumentText, LedgerHost, LedgerService } from "./ledgerService";

export interface PortLedgerServiceOptions {
  host: LedgerHost;
  workbookName: string;
}

function unsupportedDocument(fileName: string): Problem {
  return {
    code: "unreadable-file",
    severity: "error",
    file: fileName,
    message: `文件“${fileName}”不是 .txt 或 .docx 文件。旧版 Word (.doc) 和 WPS 文件请先“另存为” .docx；PDF 请复制其中的文字粘贴到这里。`,
    messageEn: `"${fileName}" is not a .txt or .docx file. Save old Word (.doc) and WPS files as .docx first; for a PDF, copy its text and paste it here.`,
  };
}

/** readDocxText rejects with "中文说明 / English text": a problem for the clerk in both languages. */
function unreadableDocx(fileName: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  const [message, messageEn] = reason.includes(" / ") ? reason.split(" / ", 2) : [reason, reason];
  return { code: "unreadable-file", severity: "error", file: fileName, message: `文件“${fileName}”${message}`, messageEn: `"${fileName}": ${messageEn}` };
}

/**
 * The LedgerService over any WorkbookPort (Office.js in Excel, ExcelJS on the standalone page) and the
 * domain engine: the import from text, step 1's check, and steps 2 and 3 (progressSteps).
 * @example const service = portLedgerService(officeWorkbookPort(), { host: "excel", workbookName: "" });
 */
export function portLedgerService(port: WorkbookPort, options: PortLedgerServiceOptions): LedgerService {
  const readAllSheets = async (): Promise<SheetGrid[]> => {
    const names = await port.listSheets();
    const grids: SheetGrid[] = [];
    for (const name of names) grids.push(await port.readSheet(name));
    return grids;
  };

  return {
    ...progressSteps(port),
    host: options.host,
    workbookName: options.workbookName,
    listSheets: () => port.listSheets(),
    activeSheetName: () => port.activeSheetName(),
    readSheet: (name) => port.readSheet(name),
    selectCell: (sheet, cell) => port.selectCell(sheet, cell),

    async detectColumns(sheet) {
      const grid = await port.readSheet(sheet);
      const detected = detectTaskColumns(grid);
      if (!detected) return { headerRow: null, columns: {}, choices: columnChoices(grid, null) };
      // detectTaskColumns counts grid rows from 0; the clerk counts sheet rows from 1.
      const headerRow = detected.firstHeaderRow + (grid.origin?.row ?? 0) + 1;
      return { headerRow, columns: detected.columns, choices: columnChoices(grid, detected.texts) };
    },

    async check(request) {
      const sheets = await readAllSheets();
      const result = checkTaskTable(sheets, request.columns ? { sheet: request.sheet, columns: request.columns } : { sheet: request.sheet });
      if (!result.ok) return { report: null, problems: result.problems };
      const report = result.value;
      return {
        report: { sheet: report.sheet, headerRow: report.headerRow, columns: report.columns, tasks: report.tasks, rosterSheet: report.rosterSheet ?? null },
        problems: result.problems,
      };
    },

    async readDocument(fileName, bytes): Promise<DocumentText> {
      const extension = (/\.([^.\\/]+)$/.exec(fileName)?.[1] ?? "").toLowerCase();
      if (extension === "txt" || extension === "text") return { text: decodeTextBytes(new Uint8Array(bytes)), problems: [] };
      if (extension === "docx") {
        try {
          return { text: await readDocxText(bytes), problems: [] };
        } catch (error) {
          return { text: null, problems: [unreadableDocx(fileName, error)] };
        }
      }
      return { text: null, problems: [unsupportedDocument(fileName)] };
    },

    async importText(text, fileName) {
      const result = importDivisionText(text, fileName ? { file: fileName } : {});
      return result.ok ? { tasks: result.value.tasks, problems: result.problems } : { tasks: [], problems: result.problems };
    },

    async createTaskSheet(name, tasks) {
      const layout = { ...taskTableLayout(tasks), name };
      // The pane asked the clerk before replacing an existing sheet of that name.
      await port.writeSheet(layout, { overwrite: true });
      await port.selectCell(name, "A1");
    },
  };
}
