import { makeReportTemplates } from "../../app/makeReportTemplates";
import { issueSupervisionNotices } from "../../app/issueSupervisionNotices";
import { readLedgerSettings } from "../../app/readLedgerSettings";
import { templatePeriod } from "../../domain/templates/templatePeriod";
import { renderOfficialDocument } from "../../workbook/docx/renderOfficialDocument";
import { layoutWorkbookBytes } from "../../workbook/exceljs/layoutWorkbookBytes";
import type { WorkbookPort } from "../../workbook/workbookPort";
import { zipFiles } from "../../workbook/zipFiles";
import type { LedgerService } from "./ledgerService";

/**
 * The LedgerService's report templates and supervision notices over a WorkbookPort: the use cases
 * makeReportTemplates and issueSupervisionNotices (the notices registered in the 督办登记 sheet), their files rendered
 * (ExcelJS, docx) and packed in one .zip.
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
      // The 督办状态 and 反馈时限 in force (saved, then the 设置 sheet); the notices registered in the 督办登记 sheet.
      const sheets = await port.readAllSheets();
      const { settings } = await readLedgerSettings(port, { sheets });
      const progressOf = { evaluations: progress.evaluations, expectedProgress: progress.expectedProgress, notReported: progress.notReported ?? [] };
      const { set, added, reused } = await issueSupervisionNotices(port, { progress: progressOf, asOf: progress.asOf, issued, settings, register: true, sheets });
      const documents = [...set.notices.map((notice) => notice.document), set.circular];
      const files = await Promise.all(documents.map(async (document) => ({ name: document.fileName, bytes: await renderOfficialDocument(document) })));
      return { fileName: `督办单和通报-${templatePeriod(progress.asOf).label}.zip`, bytes: await zipFiles(files), added, reused };
    },
  };
}
