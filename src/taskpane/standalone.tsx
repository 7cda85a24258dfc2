import { createRoot } from "react-dom/client";
import { StandalonePage, type OpenedWorkbook } from "./StandalonePage";
import type { Result } from "../domain/problem";
import { languageFromLocale } from "./strings/languageFromLocale";
import { saveDownload } from "./saveDownload";

/**
 * Open a workbook on the standalone page. The ExcelJS side (reader, writer, engine over it) is a lazy
 * chunk: the page's first download holds only React and Fluent UI.
 */
async function openWorkbook(file: File | null, blankName: string): Promise<Result<OpenedWorkbook>> {
  const { fileLedgerService } = await import(/* webpackChunkName: "workbook-file" */ "./services/fileLedgerService");
  return fileLedgerService(file, blankName);
}

/**
 * Mount the standalone page (no Office.js): the same app as the task pane, on files opened in the browser.
 * Language: the browser's (navigator.language), with a 中文/English switch on the page.
 * @example mountStandalonePage(document.getElementById("container"));
 */
export function mountStandalonePage(container: HTMLElement | null): void {
  if (!container) return;
  createRoot(container).render(<StandalonePage initialLang={languageFromLocale(navigator.language)} openWorkbook={openWorkbook} onSave={saveDownload} />);
}

mountStandalonePage(document.getElementById("container"));
