import type { CellRange, SheetLayout } from "../layout";
import { ledgerHeaders } from "../ledger/ledgerHeaders";

/** Where a laid-out sheet holds completion ratios: for a chart (names and ratios) or data bars (ratios). */
export interface CompletionRange {
  /** The table's heading (一、按牵头单位 / 二、按类别) or the ledger's 完成率 header. */
  title: string;
  /** The group names beside the ratios (summary tables); null for the ledger. */
  names: CellRange | null;
  /** The ratios, fractions formatted as percentages: the summary's 平均完成率, the ledger's 完成率. */
  ratios: CellRange;
}

const AVERAGE_HEADERS = ["平均完成率", "Average completion"];
const TOTAL_NAMES = ["合计", "Total"];

/**
 * The completion ratios of a summary (one range per table, its 合计 row left out) or of a ledger (the 完成率 column's
 * task rows), found in the layout itself so that writers chart or bar exactly what was written. Other sheets: [].
 * @example completionRanges(summaryLayout(evaluations, { asOf: "2007-10-31" }))[0].title // "一、按牵头单位"
 */
export function completionRanges(layout: SheetLayout): CompletionRange[] {
  if (layout.kind === "ledger") {
    const filter = layout.autoFilter;
    if (!filter || filter.bottom <= filter.top) return [];
    const header = layout.values[filter.top] ?? [];
    const col = header.findIndex((value) => value === ledgerHeaders("zh").ratio || value === ledgerHeaders("en").ratio);
    if (col < 0) return [];
    return [{ title: String(header[col]), names: null, ratios: { top: filter.top + 1, left: col, bottom: filter.bottom, right: col } }];
  }
  if (layout.kind !== "summary") return [];
  const ranges: CompletionRange[] = [];
  layout.values.forEach((row, headerRow) => {
    const col = row.findIndex((value) => typeof value === "string" && AVERAGE_HEADERS.includes(value));
    if (col < 0) return;
    let last = headerRow;
    while (last + 1 < layout.values.length && !TOTAL_NAMES.includes(String(layout.values[last + 1][0] ?? "")) && layout.values[last + 1][0] !== null) last++;
    if (last === headerRow) return;
    ranges.push({
      title: String(layout.values[headerRow - 1]?.[0] ?? row[0] ?? ""),
      names: { top: headerRow + 1, left: 0, bottom: last, right: 0 },
      ratios: { top: headerRow + 1, left: col, bottom: last, right: col },
    });
  });
  return ranges;
}
