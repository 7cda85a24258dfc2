import type { CellStyle, LayoutCellValue, SheetLayout, StyleRun } from "../layout";
import type { ResponsibilityKind, Task } from "../task";
import { estimateRowHeight } from "./estimateRowHeight";

/** The columns of an imported task table, in order, with their widths (Excel character units) and alignment. */
const COLUMNS: ReadonlyArray<{ header: string; width: number; align: "center" | "text" }> = [
  { header: "序号", width: 6, align: "center" },
  { header: "类别", width: 24, align: "text" },
  { header: "工作任务", width: 56, align: "text" },
  { header: "年度目标", width: 24, align: "text" },
  { header: "牵头单位", width: 18, align: "text" },
  { header: "配合单位", width: 30, align: "text" },
  { header: "完成时限", width: 12, align: "center" },
  { header: "责任方式", width: 12, align: "center" },
  { header: "原文", width: 40, align: "text" },
];
/** 责任领导, after 配合单位, when any task names a leader (persons, never units). */
const LEADERS_COLUMN = { header: "责任领导", width: 12, align: "center" as const };

/** 责任方式 as the clerk reads it. */
const KIND_LABEL: Record<ResponsibilityKind, string> = { lead: "牵头", respective: "分别牵头", joint: "按职责分工" };

const HEADER_STYLE: CellStyle = { bold: true, fill: "#F2F2F2", horizontal: "center", vertical: "middle", wrap: true, border: true };
const TEXT_STYLE: CellStyle = { vertical: "top", wrap: true, border: true, numberFormat: "@" };
const CENTER_STYLE: CellStyle = { horizontal: "center", vertical: "top", wrap: true, border: true };

/**
 * The 牵头单位 cell, readable alone by a clerk and by the check: the leads; “…分别牵头” for respective leads;
 * for joint responsibility the departments with “按职责分工负责” (there is no single lead to name).
 */
function leadCell(task: Task): string {
  if (task.responsibility === "joint") return task.supporting.length > 0 ? `${task.supporting.join("、")}按职责分工负责` : "";
  if (task.responsibility === "respective") return `${task.leads.join("、")}分别牵头`;
  return task.leads.join("、");
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty. */
function sheetName(name: string | undefined): string {
  const cleaned = (name ?? "").replace(/[[\]:*?/\\]/g, "").trim().slice(0, 31);
  return cleaned === "" ? "任务分解表" : cleaned;
}

/**
 * The task table sheet made from imported tasks: 序号 | 类别 | 工作任务 | 年度目标 | 牵头单位 | 配合单位 |
 * 完成时限 | 责任方式 (牵头 / 分别牵头 / 按职责分工) | 原文 (the responsibility as the document wrote it, for
 * checking). Departments are joined with 、; the 牵头单位 cell says “分别牵头” for respective leads and, for
 * joint responsibility, holds the departments with “按职责分工负责” (配合单位 empty), so the check reads the
 * sheet back with the same kinds; a 责任领导 column follows 配合单位 when any task names a leader (persons, read
 * back as leaders). Header row bold and frozen, an autofilter over the table,
 * wrapped text, row heights estimated for file writers, printed landscape on A4 one page wide with the header
 * repeated. Text cells are text (“@”), never formulas.
 * @example taskTableLayout(imported.tasks, { name: "任务分解表" }).values[1]
 * // ["一-1", "（一）约束性指标", "耕地保有量保持在553万公顷。", "553万公顷", "省国土资源厅", "", "", "牵头", "省国土资源厅牵头"]
 */
export function taskTableLayout(tasks: readonly Task[], options: { name?: string } = {}): SheetLayout {
  const withLeaders = tasks.some((task) => (task.leaders ?? []).length > 0);
  const columns = withLeaders ? [...COLUMNS.slice(0, 6), LEADERS_COLUMN, ...COLUMNS.slice(6)] : COLUMNS;
  const lastCol = columns.length - 1;
  const values: LayoutCellValue[][] = [columns.map((column) => column.header)];
  const columnWidths = columns.map((column) => column.width);
  const rowHeights: Record<number, number> = {};
  tasks.forEach((task, index) => {
    const row: LayoutCellValue[] = [
      /^\d+$/.test(task.id) ? Number(task.id) : task.id,
      task.category,
      task.title,
      task.target,
      leadCell(task),
      task.responsibility === "joint" ? "" : task.supporting.join("、"),
      ...(withLeaders ? [(task.leaders ?? []).join("、")] : []),
      task.deadline ?? "",
      KIND_LABEL[task.responsibility],
      task.responsibilityText ?? "",
    ];
    values.push(row);
    rowHeights[index + 1] = estimateRowHeight(row.map((value) => (value === null ? "" : String(value))), columnWidths);
  });
  const last = tasks.length;
  const styles: StyleRun[] = [{ range: { top: 0, left: 0, bottom: 0, right: lastCol }, style: HEADER_STYLE }];
  if (last > 0) {
    columns.forEach((column, col) => {
      styles.push({ range: { top: 1, left: col, bottom: last, right: col }, style: column.align === "center" ? CENTER_STYLE : TEXT_STYLE });
    });
  }
  return {
    name: sheetName(options.name),
    values,
    columnWidths,
    rowHeights,
    merges: [],
    styles,
    freezeRows: 1,
    autoFilter: { top: 0, left: 0, bottom: last, right: lastCol },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, repeatRows: { first: 0, last: 0 }, footer: "第 &P 页，共 &N 页" },
  };
}
