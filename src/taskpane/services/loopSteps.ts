import { makeReportTemplates } from "../../app/makeReportTemplates";
import { makeSupervisionNotices } from "../../app/makeSupervisionNotices";
import { templatePeriod } from "../../domain/templates/templatePeriod";
import { renderOfficialDocument } from "../../workbook/docx/renderOfficialDocument";
import { layoutWorkbookBytes } from "../../workbook/exceljs/layoutWorkbookBytes";
import type { WorkbookPort } from "../../workbook/workbookPort";
import { zipFiles } from "../../workbook/zipFiles";
import type { LedgerService } from "./ledgerService";

/**
 * The LedgerService's report templates and supervision notices over a WorkbookPort: the use cases
 * makeReportTemplates and makeSupervisionNotices, their files rendered (ExcelJS, docx) and packed in one .zip.
 * @example const download = await loopSteps(port).makeTemplates(check, "2007-10-31"); download.fileName // "进展填报表-2007年1-10月.zip"
 */
export function loopSteps(port: WorkbookPort): Required<Pick<LedgerService, "makeTemplates" | "makeNotices">> {
  return {
    async makeTemplates(check, asOf) {
      const made = await makeReportTemplates(port, { asOf, check });
      const templates = made.ok ? made.templates : [];
      const files = await Promise.all(templates.map(async (template) => ({ name: template.fileName, bytes: await layoutWorkbookBytes([template.layout]) })));
      return { fileName: `进展填报表-${templatePeriod(asOf).label}.zip`, bytes: await zipFiles(files) };
    },

    async makeNotices(progress, issued) {
      const set = makeSupervisionNotices({ progress: { evaluations: progress.evaluations, expectedProgress: progress.expectedProgress, notReported: progress.notReported ?? [] }, asOf: progress.asOf, issued });
      const documents = [...set.notices.map((notice) => notice.document), set.circular];
      const files = await Promise.all(documents.map(async (document) => ({ name: document.fileName, bytes: await renderOfficialDocument(document) })));
      return { fileName: `督办单和通报-${templatePeriod(progress.asOf).label}.zip`, bytes: await zipFiles(files) };
    },
  };
}
