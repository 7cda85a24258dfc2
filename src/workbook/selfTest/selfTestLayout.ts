import type { SheetLayout } from "../../domain/layout";

/** Text a spreadsheet would turn into a formula, number, date or boolean unless it is written as text. */
export const SELF_TEST_TEXTS = ["=1+1", "+1+1", "-2+3", "@SUM(A1)", "0012", "2009-10-31", "TRUE", "耕地保有量保持在553万公顷"] as const;

/**
 * The scratch sheet both self-tests write: a merged title, the tricky texts beside numbers, styles, frozen header,
 * filter and print layout — every part of a layout the writers handle.
 * @example selfTestLayout("~自检 x1").merges // [{ top: 0, left: 0, bottom: 0, right: 2 }]
 */
export function selfTestLayout(name: string): SheetLayout {
  return {
    name,
    kind: "task-table",
    values: [["自检 · 督查台账", null, null], ["文本", "数值", "比例"], ...SELF_TEST_TEXTS.map((text, i) => [text, i + 1, (i + 1) / 10])],
    columnWidths: [30, 10, 10],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: { bold: true, horizontal: "center" } },
      { range: { top: 1, left: 0, bottom: 1, right: 2 }, style: { bold: true, fill: "#D9D9D9", border: true } },
      { range: { top: 2, left: 2, bottom: SELF_TEST_TEXTS.length + 1, right: 2 }, style: { numberFormat: "0.0%", fill: "#C6EFCE" } },
    ],
    freezeRows: 2,
    autoFilter: { top: 1, left: 0, bottom: SELF_TEST_TEXTS.length + 1, right: 2 },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, repeatRows: { first: 0, last: 1 }, footer: "第 &P 页 共 &N 页" },
  };
}
