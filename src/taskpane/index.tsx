import { createRoot } from "react-dom/client";
import { App } from "./App";
import { NotInExcel } from "./components/NotInExcel";
import { ExcelApiNotice } from "./components/ExcelApiNotice";
import { officeLedgerService } from "./services/officeLedgerService";
import { excelApiSupport } from "../workbook/office/excelApiSupport";
import { languageFromLocale } from "./strings/languageFromLocale";

/**
 * Mount the task pane: the App over the workbook open in Excel, in Office's display language
 * (English when it starts with "en", Chinese otherwise). Outside Excel, or in an Excel without the ExcelApi sets the
 * add-in needs (isSetSupported at start-up, excelApiSupport), a note pointing to the standalone page; what a newer
 * set would add is said above the pane.
 * @example Office.onReady((info) => mountTaskPane(document.getElementById("container"), info.host));
 */
export function mountTaskPane(container: HTMLElement | null, host: Office.HostType | null): void {
  if (!container) return;
  const lang = languageFromLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : navigator.language);
  const root = createRoot(container);
  if (host !== Office.HostType.Excel) return root.render(<NotInExcel lang={lang} />);
  const support = excelApiSupport((name, version) => Office.context.requirements.isSetSupported(name, version));
  const [refusal] = support.problems.filter((problem) => problem.severity === "error");
  if (!support.usable) return root.render(<NotInExcel lang={lang} reason={lang === "en" ? refusal?.messageEn : refusal?.message} />);
  const notice = support.problems.length > 0 ? <ExcelApiNotice problems={support.problems} lang={lang} /> : undefined;
  root.render(<App service={officeLedgerService(support)} lang={lang} header={notice} />);
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => mountTaskPane(document.getElementById("container"), info.host));
} else {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<NotInExcel lang={languageFromLocale(navigator.language)} />);
}
