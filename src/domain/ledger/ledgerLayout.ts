import type { SheetGrid } from "../grid";
import type { LedgerSettings, TaskEvaluation } from "../evaluation";
import { DEFAULT_SETTINGS } from "../evaluation";
import type { LayoutCellValue, SheetLayout } from "../layout";
import type { Problem } from "../problem";
import type { Language } from "../language";
import { chineseDate } from "../dates/chineseDate";
import { periodSheetName } from "../dates/periodSheetName";
import { ledgerLegendRows } from "./ledgerLegendRows";
import { ledgerRowValues } from "./ledgerRowValues";
import { ledgerSheetStyles } from "./ledgerSheetStyles";
import { ledgerTaskCells } from "./ledgerTaskCells";
import { matchLedgerRows } from "./matchLedgerRows";
import { planLedgerColumns } from "./planLedgerColumns";
import type { LedgerSheet } from "./readLedgerSheet";
import { readLedgerSheet } from "./readLedgerSheet";

export interface LedgerLayoutOptions {
  /** As-of date, ISO yyyy-mm-dd (the end of the reporting period). */
  asOf: string;
  /** Title before （截至…）, e.g. "2009年全省重点工作任务推进情况台账"; default "重点工作任务推进情况台账". */
  title?: string;
  settings?: LedgerSettings;
  /** The earlier ledger sheet read back (the latest one, or this period's when regenerating). */
  previous?: SheetGrid | null;
  lang?: Language;
}

/** What a regeneration carried over from the earlier ledger. */
export interface LedgerKept {
  /** Non-empty 备注 cells carried to the same task. */
  notes: number;
  /** Headers of earlier periods' progress columns kept beside the new one. */
  historyColumns: string[];
  /** Headers of the columns the clerk added, kept (after 备注). */
  addedColumns: string[];
  /** 序号 of the earlier rows whose task is gone, kept at the end and marked 已移除. */
  orphanedTaskIds: string[];
}

export interface LedgerLayoutResult {
  layout: SheetLayout;
  /** Earlier rows matched to a current task (their notes, added columns and history carried over). */
  keptRows: number;
  /** Earlier rows whose task disappeared: kept, marked 已移除. */
  orphanedRows: number;
  kept: LedgerKept;
  /**
   * For each task, in the order of the evaluations (layout row 2 + index), the index of the earlier ledger's row it
   * was matched to (among the rows readLedgerSheet reads from `previous`, at settings.titleMatchThreshold), or null.
   */
  rowMatches: (number | null)[];
  problems: Problem[];
}

/**
 * The ledger (台账) for one reporting period, as a layout both writers render alike.
 *
 * Sheet `settings.ledgerSheetName` ("台账 2009-10"): a title row (…台账（截至2009年10月31日）), the header
 * row (序号 类别 工作任务 年度目标 牵头单位 配合单位 完成时限, the progress columns of every period
 * (1-10月推进情况 | 1-11月推进情况), 完成值 完成率 序时进度 差距（百分点） 状态 备注, the clerk's own
 * columns, and a hidden 核对码), a row per task in task-table order, the rows of removed tasks, and a legend.
 *
 * Lagging rows are seen at a glance by a whole-row tint, not a data bar: the tint marks exactly the
 * tasks the circular names (滞后, 严重滞后, 逾期, 未报送), including those without a ratio (未报送,
 * milestones) that a bar cannot show; it is a plain fill, so it prints, survives copying into other
 * workbooks and renders the same through Office.js, ExcelJS and LibreOffice; and it is pale, so the
 * status cell's stronger fill and word still stand out. Fills are grouped in runs of consecutive rows.
 *
 * Regeneration (月调度): rows of `previous` are matched to tasks by 序号 and title (see
 * matchLedgerRows); their 备注, the clerk's added columns and earlier periods' progress columns are
 * carried over; rows whose task is gone are kept at the end, 状态 "已移除". Each generated row has a
 * hidden check code with a fingerprint of its computed cells, from which detectLedgerEdits tells the
 * cells the clerk changed by hand.
 * @example ledgerLayout(evaluations, { asOf: "2009-10-31" }).layout.values[1].slice(7, 8) // ["1-10月推进情况"]
 */
export function ledgerLayout(evaluations: readonly TaskEvaluation[], options: LedgerLayoutOptions): LedgerLayoutResult {
  const lang = options.lang ?? "zh";
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const problems: Problem[] = [];
  const previousSheet = options.previous ? readLedgerSheet(options.previous) : null;
  if (options.previous && !previousSheet) problems.push(unrecognized(options.previous));
  if (previousSheet && !previousSheet.columns.some((column) => column.role === "checkCode")) problems.push(noCheckCodes(previousSheet));

  const columns = planLedgerColumns(previousSheet, options.asOf, lang, evaluations.some((evaluation) => (evaluation.task.leaders ?? []).length > 0));
  const checkCol = columns.length - 1;
  const tasks = evaluations.map((evaluation) => ledgerTaskCells(evaluation, lang));
  const matches = matchLedgerRows(
    previousSheet?.rows ?? [],
    evaluations.map((evaluation) => ({ id: evaluation.task.id, title: evaluation.task.title })),
    settings.titleMatchThreshold,
  );
  const rows = ledgerRowValues(evaluations, tasks, { columns, matches, previous: previousSheet, asOf: options.asOf, lang });
  problems.push(...rows.problems);

  const title = `${options.title ?? (lang === "en" ? "Key tasks progress ledger" : "重点工作任务推进情况台账")}${lang === "en" ? ` (as of ${options.asOf})` : `（截至${chineseDate(options.asOf)}）`}`;
  const values: LayoutCellValue[][] = [[title, ...columns.slice(1).map(() => null)], columns.map((column) => column.header), ...rows.values];
  const lastData = values.length - 1;
  const widths = columns.map((column) => column.width);
  const { styles, merges, rowHeights } = ledgerSheetStyles(values, { columns, evaluations, tasks, orphanCount: rows.orphans.length });
  const legend = ledgerLegendRows(values.length, widths, settings, lang);
  values.push(...legend.values);
  styles.push(...legend.styles);
  merges.push(...legend.merges);
  Object.assign(rowHeights, legend.rowHeights);

  const layout: SheetLayout = {
    name: periodSheetName(settings.ledgerSheetName, options.asOf),
    kind: "ledger",
    values,
    columnWidths: widths,
    rowHeights,
    merges,
    styles,
    freezeRows: 2,
    autoFilter: { top: 1, left: 0, bottom: Math.max(1, lastData), right: checkCol },
    hiddenColumns: [checkCol],
    autoFitRows: { first: 1, last: Math.max(1, lastData) },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: 0, last: 1 },
      footer: lang === "en" ? "Page &P of &N" : "第 &P 页 共 &N 页",
    },
  };
  return {
    layout,
    keptRows: matches.filter((index) => index !== null).length,
    rowMatches: matches,
    orphanedRows: rows.orphans.length,
    kept: {
      notes: rows.notes,
      historyColumns: columns.filter((column) => column.kind === "history").map((column) => column.header),
      addedColumns: columns.filter((column) => column.kind === "added").map((column) => column.header),
      orphanedTaskIds: rows.orphans.map((orphan) => orphan.id),
    },
    problems,
  };
}

function unrecognized(grid: SheetGrid): Problem {
  return {
    code: "previous-ledger-unrecognized",
    severity: "warning",
    file: grid.file,
    sheet: grid.name,
    message: `工作表“${grid.name}”中找不到台账表头（序号、工作任务、状态），未能保留其推进情况和备注。请选择本产品生成的上期台账。`,
    messageEn: `No ledger header (序号, 工作任务, 状态) was found in sheet "${grid.name}", so its progress history and notes were not kept. Choose the earlier ledger this product wrote.`,
  };
  }

function noCheckCodes(sheet: LedgerSheet): Problem {
  return {
    code: "ledger-check-codes-missing",
    severity: "info",
    file: sheet.grid.file,
    sheet: sheet.grid.name,
    message: `台账“${sheet.grid.name}”没有核对码列，无法判断哪些计算结果被手工改过；备注、新增列和各期推进情况仍会保留，其余单元格按本期数据重新生成。`,
    messageEn: `Ledger "${sheet.grid.name}" has no check-code column, so cells changed by hand cannot be detected; notes, added columns and earlier periods' progress are still kept, the rest is regenerated.`,
  };
}
