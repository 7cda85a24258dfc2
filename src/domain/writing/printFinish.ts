import type { Language } from "../language";
import type { CellStyle, SheetLayout, StyleRun } from "../layout";
import { sheetExtent } from "./sheetExtent";

/** Status words that mean behind or missing: bold, so they stay legible printed in black and white. */
const LAGGING_WORDS = new Set(["滞后", "严重滞后", "逾期", "未报送", "缺数字", "Behind", "Badly behind", "Overdue", "Not reported", "No figure"]);

/**
 * The print finish both writers apply (ExcelJS and Office.js read it from the layout): every cell names its font —
 * 宋体 for the body, 黑体 for what is bold (title, headers, 合计) — lagging statuses bold so that 滞后 is not the
 * faintest word on a grey printout, and a footer with 制表单位、制表日期 on the left, the sheet's own page numbers in
 * the centre (&P/&N count the pages of that sheet) and 审核 on the right.
 * @example printFinish(ledger.layout, "zh").print?.footerRight // "审核："
 */
export function printFinish(layout: SheetLayout, lang: Language = "zh"): SheetLayout {
  const { rowCount, colCount } = sheetExtent(layout);
  if (rowCount === 0 || colCount === 0) return layout;
  const body: StyleRun = { range: { top: 0, left: 0, bottom: rowCount - 1, right: colCount - 1 }, style: { fontName: "宋体" } };
  const headers: StyleRun[] = layout.styles.filter((run) => run.style.bold === true).map((run) => ({ range: run.range, style: { fontName: "黑体" } }));
  const lagging: StyleRun[] = [];
  layout.values.forEach((row, rowIndex) =>
    row.forEach((value, col) => {
      if (typeof value === "string" && LAGGING_WORDS.has(value.trim())) lagging.push({ range: { top: rowIndex, left: col, bottom: rowIndex, right: col }, style: { bold: true } satisfies CellStyle });
    }),
  );
  const en = lang === "en";
  const print = layout.print
    ? {
        ...layout.print,
        footerLeft: en ? "Prepared by:          Date:" : "制表单位：　　　　　　　制表日期：　　年　　月　　日",
        footerRight: en ? "Checked by:          " : "审核：　　　　　　",
      }
    : undefined;
  return { ...layout, styles: [body, ...layout.styles, ...headers, ...lagging], ...(print ? { print } : {}) };
}
