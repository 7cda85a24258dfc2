import type { PrintSetup } from "../../domain/layout";
import type { Problem } from "../../domain/problem";

/** Excel's largest "fit to N pages tall" (the Page Setup dialog's limit). */
const MAX_PAGES = 32767;

/**
 * The print layout of a written sheet (ExcelApi 1.9), in a sync of its own after the sheet is in place, so a refusal
 * costs the print layout, never the sheet: A4, orientation, centred, one page wide, title rows, footer. "As many pages
 * tall as needed" is written as a page count at least the sheet's row count — PageLayoutZoomOptions documents
 * verticalFitToPages as a number of pages, or null when a percentage scale is used; 0 is not a documented value —
 * which Excel honours by fitting the width. Resolves with a warning when Excel refused.
 * @example await applyPrintLayout(context, sheet, layout.print, layout.values.length) // []
 */
export async function applyPrintLayout(context: Excel.RequestContext, sheet: Excel.Worksheet, print: PrintSetup, rowCount: number, sheetName: string): Promise<Problem[]> {
  try {
    const page = sheet.pageLayout;
    page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = "A4";
    page.centerHorizontally = true;
    if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: Math.min(Math.max(rowCount, 1), MAX_PAGES) };
    if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
    if (print.footer) page.headersFooters.defaultForAllPages.centerFooter = print.footer;
    if (print.footerLeft) page.headersFooters.defaultForAllPages.leftFooter = print.footerLeft;
    if (print.footerRight) page.headersFooters.defaultForAllPages.rightFooter = print.footerRight;
    await context.sync();
    return [];
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return [
      {
        code: "print-layout-not-set",
        severity: "warning",
        sheet: sheetName,
        message: `工作表“${sheetName}”已写入，但 Excel 未接受打印设置（${String(code ?? "未知原因")}）。打印前请在“页面布局”中设为 A4、适合一页宽。`,
        messageEn: `Sheet "${sheetName}" was written, but Excel refused its print layout (${String(code ?? "unknown reason")}). Before printing, set A4 and fit to one page wide under Page Layout.`,
      },
    ];
  }
}
