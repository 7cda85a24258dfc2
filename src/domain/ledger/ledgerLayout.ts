import type { CellValue, SheetGrid } from "../grid";
import { cellAddress } from "../grid";
import type { LedgerSettings, TaskEvaluation } from "../evaluation";
import { DEFAULT_SETTINGS } from "../evaluation";
import type { CellStyle, LayoutCellValue, SheetLayout, StyleRun } from "../layout";
import type { Problem } from "../problem";
import { cellText } from "../text/cellText";
import { chineseDate } from "../dates/chineseDate";
import { contiguousRuns } from "../layout/contiguousRuns";
import { estimateRowHeight } from "../layout/estimateRowHeight";
import type { GeneratedRole } from "./generatedRoles";
import { ledgerCheckCode } from "./ledgerCheckCode";
import type { LedgerColumnRole } from "./ledgerHeaders";
import { ledgerHeaders } from "./ledgerHeaders";
import { ledgerLegend } from "./ledgerLegend";
import { ledgerTaskCells } from "./ledgerTaskCells";
import { matchLedgerRows } from "./matchLedgerRows";
import { periodSheetName } from "../dates/periodSheetName";
import { progressColumnHeader } from "./progressColumnHeader";
import { progressHeaderOrder } from "./progressHeaderOrder";
import type { LedgerSheet } from "./readLedgerSheet";
import { readLedgerSheet } from "./readLedgerSheet";
import { statusColor } from "../status/statusColor";
import type { Language } from "../language";

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

type PlannedKind = "generated" | "history" | "remark" | "added" | "check";

interface PlannedColumn {
  header: string;
  width: number;
  kind: PlannedKind;
  /** For generated columns: which cell of the task. */
  role?: GeneratedRole;
  /** The earlier ledger's column holding this column's content. */
  previousCol?: number;
}

const WIDTHS: Record<GeneratedRole | "remark" | "checkCode", number> = {
  id: 6,
  category: 14,
  title: 36,
  target: 22,
  leads: 14,
  supporting: 18,
  deadline: 15,
  progress: 34,
  actual: 12,
  ratio: 9,
  expected: 9,
  gap: 9,
  status: 10,
  remark: 22,
  checkCode: 14,
};
const ADDED_WIDTH = 14;
const TEXT = "@";
const PERCENT = "0.0%";
const POINTS = "+0.0;-0.0;0.0";
const REMOVED_FONT = "#808080";
const HEADER_FILL = "#F2F2F2";

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

  const columns = planColumns(previousSheet, options.asOf, lang);
  const checkCol = columns.length - 1;
  const lastVisible = checkCol - 1;
  const colOfRole = (role: GeneratedRole): number => columns.findIndex((column) => column.kind === "generated" && column.role === role);

  const tasks = evaluations.map((evaluation) => ledgerTaskCells(evaluation, lang));
  const previousRows = previousSheet?.rows ?? [];
  const matches = matchLedgerRows(
    previousRows,
    evaluations.map((evaluation) => ({ id: evaluation.task.id, title: evaluation.task.title })),
    settings.titleMatchThreshold,
  );
  const matchedPrevious = new Set(matches.filter((index): index is number => index !== null));

  const values: LayoutCellValue[][] = [];
  const title = `${options.title ?? (lang === "en" ? "Key tasks progress ledger" : "重点工作任务推进情况台账")}${lang === "en" ? ` (as of ${options.asOf})` : `（截至${chineseDate(options.asOf)}）`}`;
  values.push([title, ...columns.slice(1).map(() => null)]);
  values.push(columns.map((column) => column.header));

  let notes = 0;
  evaluations.forEach((evaluation, index) => {
    const previousRow = matches[index] === null ? null : previousRows[matches[index] as number];
    const generated = tasks[index].cells;
    values.push(
      columns.map((column) => {
        if (column.kind === "generated") return generated[column.role as GeneratedRole];
        if (column.kind === "check") return ledgerCheckCode(options.asOf, generated);
        if (column.kind === "remark" && (!previousRow || column.previousCol === undefined)) return evaluation.task.remark?.trim() || null;
        const carried = previousRow && column.previousCol !== undefined ? layoutValue(previousRow.cells[column.previousCol]) : null;
        if (column.kind === "remark" && carried !== null && carried !== "") notes++;
        return carried;
      }),
    );
  });

  const orphans = previousRows.filter((_, index) => !matchedPrevious.has(index));
  const removedWord = lang === "en" ? "Removed" : "已移除";
  const previousStatusCol = previousSheet?.columns.find((column) => column.role === "status")?.col;
  for (const orphan of orphans) {
    values.push(
      columns.map((column) => {
        if (column.kind === "check") return null;
        if (column.kind === "generated" && column.role === "status") return removedWord;
        return column.previousCol === undefined ? null : layoutValue(orphan.cells[column.previousCol]);
      }),
    );
    // Reported once, when the task disappears; rows already marked are carried quietly.
    const alreadyMarked = previousStatusCol !== undefined && /^(已移除|Removed)$/.test(cellText(orphan.cells[previousStatusCol]));
    if (!alreadyMarked) problems.push(removedTask(previousSheet as LedgerSheet, orphan.row, orphan.id, orphan.title));
  }

  const firstData = 2;
  const lastData = values.length - 1;
  const taskRowsEnd = firstData + evaluations.length - 1;
  const styles: StyleRun[] = [];
  const merges = [{ top: 0, left: 0, bottom: 0, right: lastVisible }];
  const rowHeights: Record<number, number> = { 0: 32 };
  const widths = columns.map((column) => column.width);

  styles.push({ range: { top: 0, left: 0, bottom: 0, right: lastVisible }, style: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" } });
  styles.push({
    range: { top: 1, left: 0, bottom: 1, right: checkCol },
    style: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: HEADER_FILL, numberFormat: TEXT },
  });
  rowHeights[1] = estimateRowHeight(
    columns.map((column) => column.header),
    widths,
  );

  if (lastData >= firstData) {
    styles.push({ range: { top: firstData, left: 0, bottom: lastData, right: checkCol }, style: { border: true, wrap: true, vertical: "middle" } });
    columns.forEach((column, col) => {
      const style = columnStyle(column);
      if (style) styles.push({ range: { top: firstData, left: col, bottom: lastData, right: col }, style });
    });
    if (evaluations.length > 0) {
      const actualCol = colOfRole("actual");
      for (const run of contiguousRuns(tasks.map((task) => task.unit))) {
        styles.push({
          range: { top: firstData + run.first, left: actualCol, bottom: firstData + run.last, right: actualCol },
          style: { numberFormat: unitFormat(run.key) },
        });
      }
      for (const run of contiguousRuns(evaluations.map((evaluation) => statusColor(evaluation.status).rowTint))) {
        if (run.key) styles.push({ range: { top: firstData + run.first, left: 0, bottom: firstData + run.last, right: checkCol }, style: { fill: run.key } });
      }
      const statusCol = colOfRole("status");
      for (const run of contiguousRuns(evaluations.map((evaluation) => evaluation.status))) {
        const color = statusColor(run.key);
        styles.push({
          range: { top: firstData + run.first, left: statusCol, bottom: firstData + run.last, right: statusCol },
          style: { fill: color.fill, fontColor: color.font, bold: color.name === "red" },
        });
      }
    }
    if (orphans.length > 0) styles.push({ range: { top: taskRowsEnd + 1, left: 0, bottom: lastData, right: checkCol }, style: { fontColor: REMOVED_FONT } });
    for (let row = firstData; row <= lastData; row++) {
      rowHeights[row] = estimateRowHeight(
        values[row].slice(0, lastVisible + 1).map((value) => (typeof value === "string" ? value : "")),
        widths,
      );
    }
  }

  // Legend: a blank row, then 图例 and a line per status.
  const legendTop = values.length + 1;
  values.push(columns.map(() => null));
  values.push([lang === "en" ? "Legend" : "图例", ...columns.slice(1).map(() => null)]);
  styles.push({ range: { top: legendTop, left: 0, bottom: legendTop, right: 1 }, style: { bold: true } });
  merges.push({ top: legendTop, left: 0, bottom: legendTop, right: 1 });
  const descriptionWidth = widths.slice(2, lastVisible + 1).reduce((sum, width) => sum + width, 0);
  ledgerLegend(settings, lang).forEach((line, index) => {
    const row = legendTop + 1 + index;
    values.push([null, line.word, line.description, ...columns.slice(3).map(() => null)]);
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
    styles.push({ range: { top: row, left: 2, bottom: row, right: lastVisible }, style: { wrap: true, vertical: "middle", numberFormat: TEXT } });
    rowHeights[row] = estimateRowHeight([line.word, line.description], [widths[1], descriptionWidth]);
  });

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
    keptRows: matchedPrevious.size,
    rowMatches: matches,
    orphanedRows: orphans.length,
    kept: {
      notes,
      historyColumns: columns.filter((column) => column.kind === "history").map((column) => column.header),
      addedColumns: columns.filter((column) => column.kind === "added").map((column) => column.header),
      orphanedTaskIds: orphans.map((orphan) => orphan.id),
    },
    problems,
  };

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
}

function planColumns(previous: LedgerSheet | null, asOf: string, lang: Language): PlannedColumn[] {
  const headers = ledgerHeaders(lang);
  const previousCol = (role: LedgerColumnRole): number | undefined => previous?.columns.find((column) => column.role === role)?.col;
  const generated = (role: Exclude<GeneratedRole, "progress">): PlannedColumn => ({
    header: headers[role],
    width: WIDTHS[role],
    kind: "generated",
    role,
    previousCol: previousCol(role),
  });
  const currentHeader = progressColumnHeader(asOf, lang);
  const currentOrder = progressHeaderOrder(currentHeader) ?? 0;
  const progress: (PlannedColumn & { order: number })[] = [];
  let current: (PlannedColumn & { order: number }) | null = null;
  for (const column of previous?.columns ?? []) {
    if (column.kind !== "progress") continue;
    const order = column.progressOrder ?? 0;
    if (order === currentOrder && !current) {
      current = { header: currentHeader, width: WIDTHS.progress, kind: "generated", role: "progress", previousCol: column.col, order };
      progress.push(current);
    } else {
      progress.push({ header: column.header, width: WIDTHS.progress, kind: "history", previousCol: column.col, order });
    }
  }
  if (!current) progress.push({ header: currentHeader, width: WIDTHS.progress, kind: "generated", role: "progress", order: currentOrder });
  progress.sort((a, b) => a.order - b.order);
  return [
    ...(["id", "category", "title", "target", "leads", "supporting", "deadline"] as const).map(generated),
    ...progress.map(({ order: _order, ...column }) => column),
    ...(["actual", "ratio", "expected", "gap", "status"] as const).map(generated),
    { header: headers.remark, width: WIDTHS.remark, kind: "remark", previousCol: previousCol("remark") },
    ...(previous?.columns ?? [])
      .filter((column) => column.kind === "added")
      .map((column): PlannedColumn => ({ header: column.header, width: ADDED_WIDTH, kind: "added", previousCol: column.col })),
    { header: headers.checkCode, width: WIDTHS.checkCode, kind: "check", previousCol: previousCol("checkCode") },
  ];
}

function columnStyle(column: PlannedColumn): CellStyle | null {
  if (column.kind === "added") return null;
  if (column.kind !== "generated") return { numberFormat: TEXT, horizontal: "left" };
  switch (column.role) {
    case "id":
    case "deadline":
    case "status":
      return { numberFormat: TEXT, horizontal: "center" };
    case "ratio":
    case "expected":
      return { numberFormat: PERCENT, horizontal: "right" };
    case "gap":
      return { numberFormat: POINTS, horizontal: "right" };
    case "actual":
      return { horizontal: "right" };
    default:
      return { numberFormat: TEXT, horizontal: "left" };
  }
}

/** 完成值 shows its unit through the number format, so the cell stays a number: General"亿元". */
function unitFormat(unit: string): string {
  const clean = unit.replace(/["\\]/g, "");
  return clean ? `General"${clean}"` : "General";
}

function layoutValue(value: CellValue | undefined): LayoutCellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  return cellText(value);
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

function removedTask(sheet: LedgerSheet, row: number, id: string, title: string): Problem {
  const idCol = sheet.columns.find((column) => column.role === "id")?.col ?? 0;
  const name = [id, title].filter(Boolean).join(" ");
  return {
    code: "ledger-task-removed",
    severity: "warning",
    file: sheet.grid.file,
    sheet: sheet.grid.name,
    cell: cellAddress(sheet.grid, row, idCol),
    message: `上期台账中的任务“${name}”已不在本期任务表中，已保留在新台账末尾并标为“已移除”；如确已撤销，核对后可手工删除该行。`,
    messageEn: `Task "${name}" of the earlier ledger is no longer in the task table; its row is kept at the end of the new ledger, marked Removed. Delete it by hand once checked.`,
  };
}
