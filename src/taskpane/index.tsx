import { createRoot } from "react-dom/client";
import { App } from "./App";
import { NotInExcel } from "./components/NotInExcel";
import { officeLedgerService } from "./services/officeLedgerService";
import { languageFromLocale } from "./strings/languageFromLocale";

/**
 * Mount the task pane: the App over the workbook open in Excel, in Office's display language
 * (English when it starts with "en", Chinese otherwise). Outside Excel, a note pointing to the standalone page.
 * @example Office.onReady((info) => mountTaskPane(document.getElementById("container"), info.host));
 */
export function mountTaskPane(container: HTMLElement | null, host: Office.HostType | null): void {
  if (!container) return;
  const lang = languageFromLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : navigator.language);
  const root = createRoot(container);
  if (host === Office.HostType.Excel) root.render(<App service={officeLedgerService()} lang={lang} />);
  else root.render(<NotInExcel lang={lang} />);
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => mountTaskPane(document.getElementById("container"), info.host));
} else {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<NotInExcel lang={languageFromLocale(navigator.language)} />);
}
