import type { LedgerSettings } from "../evaluation";
import type { CellRange, CellStyle, LayoutCellValue, StyleRun } from "../layout";
import type { Language } from "../language";
import { estimateRowHeight } from "../layout/estimateRowHeight";
import { statusColor } from "../status/statusColor";
import { ledgerLegend } from "./ledgerLegend";
import { REMOVED_FONT, TEXT_FORMAT } from "./ledgerColumnStyle";

/** The legend's rows and their formatting, to append below the ledger's data. */
export interface LedgerLegendRows {
  values: LayoutCellValue[][];
  styles: StyleRun[];
  merges: CellRange[];
  rowHeights: Record<number, number>;
}

/**
 * The legend below a ledger whose rows end at `dataEnd` (exclusive): a blank row, then 图例 and a line per status,
 * its word coloured as in the sheet (docs/RULES.md, 颜色) and its description across the visible columns.
 * @example ledgerLegendRows(12, widths, DEFAULT_SETTINGS, "zh").values[1][0] // "图例"
 */
export function ledgerLegendRows(dataEnd: number, widths: readonly number[], settings: LedgerSettings, lang: Language): LedgerLegendRows {
  const lastVisible = widths.length - 2;
  const blank = (): LayoutCellValue[] => widths.map(() => null);
  const legendTop = dataEnd + 1;
  const values: LayoutCellValue[][] = [blank(), [lang === "en" ? "Legend" : "图例", ...widths.slice(1).map(() => null)]];
  const styles: StyleRun[] = [{ range: { top: legendTop, left: 0, bottom: legendTop, right: 1 }, style: { bold: true } }];
  const merges: CellRange[] = [{ top: legendTop, left: 0, bottom: legendTop, right: 1 }];
  const rowHeights: Record<number, number> = {};
  const descriptionWidth = widths.slice(2, lastVisible + 1).reduce((sum, width) => sum + width, 0);
  ledgerLegend(settings, lang).forEach((line, index) => {
    const row = legendTop + 1 + index;
    values.push([null, line.word, line.description, ...widths.slice(3).map(() => null)]);
    merges.push({ top: row, left: 2, bottom: row, right: lastVisible });
    const wordStyle: CellStyle = { border: true, horizontal: "center", vertical: "middle", wrap: true };
    if (line.status === "tint") wordStyle.fill = statusColor("lagging-badly").rowTint ?? undefined;
    else if (line.status)
      Object.assign(wordStyle, {
        fill: statusColor(line.status).fill,
        fontColor: statusColor(line.status).font,
        bold: statusColor(line.status).name === "red",
      });
    else wordStyle.fontColor = REMOVED_FONT;
    styles.push({ range: { top: row, left: 1, bottom: row, right: 1 }, style: wordStyle });
    styles.push({ range: { top: row, left: 2, bottom: row, right: lastVisible }, style: { wrap: true, vertical: "middle", numberFormat: TEXT_FORMAT } });
    rowHeights[row] = estimateRowHeight([line.word, line.description], [widths[1], descriptionWidth]);
  });
  return { values, styles, merges, rowHeights };
}
