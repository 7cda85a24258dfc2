import type { LedgerSettings, TaskEvaluation, TaskStatus } from "../evaluation";
import { DEFAULT_SETTINGS } from "../evaluation";
import type { CellRange, LayoutCellValue, SheetLayout, StyleRun } from "../layout";
import { chineseDate } from "../dates/chineseDate";
import { contiguousRuns } from "../layout/contiguousRuns";
import { estimateRowHeight } from "../layout/estimateRowHeight";
import { periodSheetName } from "../dates/periodSheetName";
import { statusColor } from "../status/statusColor";
import { statusLabel } from "../status/statusLabel";
import { circularParagraph } from "./circularParagraph";
import { breakChineseLines } from "../layout/breakChineseLines";
import { isQuantitative } from "./isQuantitative";
import { reachesExpectedProgress } from "./reachesExpectedProgress";
import type { SummaryGroup } from "./summaryGroups";
import { summaryGroups } from "./summaryGroups";
import type { SummaryTally } from "./tallyEvaluations";
import { tallyEvaluations } from "./tallyEvaluations";
import type { Language } from "../language";

export interface SummaryLayoutOptions {
  asOf: string;
  settings?: LedgerSettings;
  /** Title before （截至…）; default "重点工作任务推进情况通报汇总". */
  title?: string;
  lang?: Language;
}

/** Status columns of the summary tables, in the order of the ledger's legend. */
const STATUS_COLUMNS: readonly TaskStatus[] = ["done", "on-schedule", "due-soon", "lagging", "lagging-badly", "overdue", "no-report", "no-figure"];
const COLUMN_COUNT = 2 + STATUS_COLUMNS.length + 4;
const WIDTHS = [26, 8, 8, 9, 8, 8, 9, 8, 8, 8, 12, 9, 11, 6];
const PERCENT = "0.0%";
/** Share of a merged row's width a line of Chinese fills, so the spreadsheet never wraps a line a second time. */
const LINE_FILL = 0.9;
const HEADER_FILL = "#F2F2F2";

/**
 * The circular's summary sheet (通报汇总), coloured like the ledger: the circular paragraph (see
 * circularParagraph), then a table per lead department and a table per category, each with 任务数,
 * a column per status (header in the status colour; non-zero counts of statuses not reaching
 * expected progress filled in it), 达到序时进度, 达序率, 平均完成率 and 排名, and a 合计 row counting
 * each task once; a note under the tables defines the terms.
 * @example summaryLayout(evaluations, { asOf: "2009-10-31" }).values[1][0] // "截至10月末，列入本次通报的量化指标任务共55项，…"
 * Rule: docs/RULES.md, 通报 (the circular's wording).
 */
export function summaryLayout(evaluations: readonly TaskEvaluation[], options: SummaryLayoutOptions): SheetLayout {
  const lang = options.lang ?? "zh";
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const en = lang === "en";
  const lastCol = COLUMN_COUNT - 1;
  const values: LayoutCellValue[][] = [];
  const styles: StyleRun[] = [];
  const merges: CellRange[] = [];
  const rowHeights: Record<number, number> = {};
  const blank = (): LayoutCellValue[] => Array.from({ length: COLUMN_COUNT }, () => null);
  const wide = (text: string): LayoutCellValue[] => [text, ...blank().slice(1)];
  const fullWidth = WIDTHS.reduce((sum, width) => sum + width, 0);

  const title = `${options.title ?? (en ? "Key tasks: summary for the circular" : "重点工作任务推进情况通报汇总")}${en ? ` (as of ${options.asOf})` : `（截至${chineseDate(options.asOf)}）`}`;
  values.push(wide(title));
  merges.push({ top: 0, left: 0, bottom: 0, right: lastCol });
  styles.push({ range: { top: 0, left: 0, bottom: 0, right: lastCol }, style: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" } });
  rowHeights[0] = 32;

  // Chinese text is broken into lines here, by the line-breaking rule (no line starts with ）、，。 …): Excel's and
  // LibreOffice's own wrapping of a merged cell does not follow it. English is left to the spreadsheet's wrapping.
  const lines = (text: string): string => (en ? text : breakChineseLines(text, Math.floor((fullWidth - 2) * LINE_FILL)).join("\n"));
  const paragraph = lines(circularParagraph(evaluations, { asOf: options.asOf, lang }));
  values.push(wide(paragraph));
  merges.push({ top: 1, left: 0, bottom: 1, right: lastCol });
  styles.push({ range: { top: 1, left: 0, bottom: 1, right: lastCol }, style: { wrap: true, vertical: "top", horizontal: "left", numberFormat: "@" } });
  rowHeights[1] = estimateRowHeight([paragraph], [fullWidth]);

  const sheet = { values, styles, rowHeights };
  const byDepartment = summaryGroups(evaluations, "department", lang);
  appendTallyTable(sheet, { heading: en ? "1. By lead department" : "一、按牵头单位", nameHeader: en ? "Lead department" : "牵头单位", groups: byDepartment }, evaluations, lang);
  const byCategory = summaryGroups(evaluations, "category", lang);
  appendTallyTable(sheet, { heading: en ? "2. By category" : "二、按类别", nameHeader: en ? "Category" : "类别", groups: byCategory }, evaluations, lang);

  values.push(blank());
  const noteRow = values.length;
  const quantitative = evaluations.filter(isQuantitative).length;
  const note = en
    ? `Notes: reaching expected progress means done, on schedule or due soon; not reaching means behind, badly behind (more than ${settings.laggingBadlyGap} points), overdue or not reported. Share on schedule = reaching ÷ tasks. Average completion counts tasks with a completion ratio, each at most 100%. A task with several leads counts for each, a joint task for each responsible department; totals count each task once. The paragraph above covers the ${quantitative} quantitative tasks.`
    : `注：达到序时进度指已完成、序时推进和临期的任务；未达到序时进度指滞后、严重滞后（低于序时进度${settings.laggingBadlyGap}个百分点以上）、逾期和未报送的任务。达序率＝达到序时进度任务数÷任务数；平均完成率按有完成率的任务计算，单项超过100%的按100%计。分别牵头的任务计入每个牵头单位，按职责分工负责的任务计入每个责任单位，合计按任务计。上段通报口径为量化指标任务${quantitative}项。`;
  values.push(wide(lines(note)));
  merges.push({ top: noteRow, left: 0, bottom: noteRow, right: lastCol });
  styles.push({ range: { top: noteRow, left: 0, bottom: noteRow, right: lastCol }, style: { wrap: true, vertical: "top", fontSize: 9, numberFormat: "@" } });
  rowHeights[noteRow] = estimateRowHeight([lines(note)], [fullWidth]);

  return {
    name: periodSheetName(settings.summarySheetName, options.asOf),
    kind: "summary",
    values,
    columnWidths: [...WIDTHS],
    rowHeights,
    merges,
    styles,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: 0, last: 0 },
      footer: en ? "Page &P of &N" : "第 &P 页 共 &N 页",
    },
  };
}

/** The rows a summary table is appended to, with their formatting. */
interface SummarySheet {
  values: LayoutCellValue[][];
  styles: StyleRun[];
  rowHeights: Record<number, number>;
}

/**
 * Append one tally table (a blank row, its heading, the header row with the status colours, a row per group and the
 * total) to the summary sheet; statuses below the expected progress are coloured where a group has any.
 */
function appendTallyTable(
  sheet: SummarySheet,
  table: { heading: string; nameHeader: string; groups: SummaryGroup[] },
  evaluations: readonly TaskEvaluation[],
  lang: Language,
): void {
  const { values, styles, rowHeights } = sheet;
  const { heading, nameHeader, groups } = table;
  const en = lang === "en";
  const lastCol = COLUMN_COUNT - 1;
  const blank = (): LayoutCellValue[] => Array.from({ length: COLUMN_COUNT }, () => null);
  const wide = (text: string): LayoutCellValue[] => [text, ...blank().slice(1)];
  values.push(blank());
  const headingRow = values.length;
  values.push(wide(heading));
  styles.push({ range: { top: headingRow, left: 0, bottom: headingRow, right: lastCol }, style: { bold: true } });
  const headerRow = values.length;
  values.push([
    nameHeader,
    en ? "Tasks" : "任务数",
    ...STATUS_COLUMNS.map((status) => statusLabel(status, lang)),
    en ? "Reaching" : "达到序时进度",
    en ? "Share on schedule" : "达序率",
    en ? "Average completion" : "平均完成率",
    en ? "Rank" : "排名",
  ]);
  styles.push({
    range: { top: headerRow, left: 0, bottom: headerRow, right: lastCol },
    style: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: HEADER_FILL, numberFormat: "@" },
  });
  STATUS_COLUMNS.forEach((status, index) => {
    const color = statusColor(status);
    styles.push({ range: { top: headerRow, left: 2 + index, bottom: headerRow, right: 2 + index }, style: { fill: color.fill, fontColor: color.font } });
  });
  rowHeights[headerRow] = estimateRowHeight(
    values[headerRow].map((value) => String(value ?? "")),
    WIDTHS,
  );
  const first = values.length;
  for (const group of groups) values.push(tallyRow(group.name, group.tally, group.rank));
  const totalRow = values.length;
  values.push(tallyRow(en ? "Total" : "合计", tallyEvaluations(evaluations), null));
  styles.push({ range: { top: first, left: 0, bottom: totalRow, right: lastCol }, style: { border: true, vertical: "middle", wrap: true } });
  styles.push({ range: { top: first, left: 0, bottom: totalRow, right: 0 }, style: { numberFormat: "@", horizontal: "left" } });
  styles.push({ range: { top: first, left: 1, bottom: totalRow, right: lastCol }, style: { horizontal: "center" } });
  styles.push({ range: { top: first, left: lastCol - 2, bottom: totalRow, right: lastCol - 1 }, style: { numberFormat: PERCENT } });
  STATUS_COLUMNS.forEach((status, index) => {
    if (reachesExpectedProgress(status)) return;
    const color = statusColor(status);
    const counts = groups.map((group) => group.tally.byStatus[status] > 0);
    for (const run of contiguousRuns(counts)) {
      if (run.key)
        styles.push({
          range: { top: first + run.first, left: 2 + index, bottom: first + run.last, right: 2 + index },
          style: { fill: color.fill, fontColor: color.font },
        });
    }
  });
  styles.push({ range: { top: totalRow, left: 0, bottom: totalRow, right: lastCol }, style: { bold: true, fill: HEADER_FILL } });
  for (let row = first; row <= totalRow; row++) rowHeights[row] = estimateRowHeight([String(values[row][0] ?? "")], WIDTHS);
}

function tallyRow(name: string, tally: SummaryTally, rank: number | null): LayoutCellValue[] {
  return [name, tally.tasks, ...STATUS_COLUMNS.map((status) => tally.byStatus[status]), tally.reaching, tally.reachingShare, tally.averageRatio, rank];
}
