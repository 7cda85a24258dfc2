import type { SheetLayout } from "../domain/layout";

/** The ledger as the clerk will see it, in text: title, visible headers, and each row's visible cells. */
export interface LedgerPreview {
  title: string;
  headers: string[];
  rows: string[][];
}

function numberFormatAt(layout: SheetLayout, row: number, col: number): string | undefined {
  let format: string | undefined;
  for (const run of layout.styles) {
    const { top, left, bottom, right } = run.range;
    if (run.style.numberFormat !== undefined && top <= row && row <= bottom && left <= col && col <= right) format = run.style.numberFormat;
  }
  return format;
}

/**
 * Step 3's preview of the ledger before writing: the layout's title row, header row and task rows as shown (hidden
 * columns such as 核对码 left out, percentages as percentages), so the pane can show what will be written.
 * @example ledgerPreview(plan.sheets.ledger.layout).headers // ["序号", "工作任务", …, "状态", …]
 */
export function ledgerPreview(layout: SheetLayout, options: { headerRow?: number } = {}): LedgerPreview {
  const headerRow = options.headerRow ?? 1;
  const hidden = new Set(layout.hiddenColumns ?? []);
  const visible = (layout.values[headerRow] ?? []).map((_, col) => col).filter((col) => !hidden.has(col));
  const text = (row: number, col: number): string => {
    const value = layout.values[row]?.[col] ?? null;
    if (value === null) return "";
    if (typeof value === "number") {
      // A percent format scales by 100 (0.0%); a literal "%" in quotes (0.0"%") does not.
      const format = (numberFormatAt(layout, row, col) ?? "").replace(/"[^"]*"/g, "");
      return format.includes("%") ? `${(value * 100).toFixed(1)}%` : String(Number(value.toFixed(2)));
    }
    return value;
  };
  return {
    title: text(0, 0),
    headers: visible.map((col) => text(headerRow, col)),
    rows: layout.values.slice(headerRow + 1).map((_, index) => visible.map((col) => text(headerRow + 1 + index, col))),
  };
}
