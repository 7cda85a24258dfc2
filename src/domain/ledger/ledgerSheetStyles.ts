import type { TaskEvaluation } from "../evaluation";
import type { LayoutCellValue, CellRange, StyleRun } from "../layout";
import { contiguousRuns } from "../layout/contiguousRuns";
import { estimateRowHeight } from "../layout/estimateRowHeight";
import { statusColor } from "../status/statusColor";
import type { GeneratedRole } from "./generatedRoles";
import { ledgerColumnStyle, REMOVED_FONT, TEXT_FORMAT } from "./ledgerColumnStyle";
import type { LedgerTaskCells } from "./ledgerTaskCells";
import type { PlannedColumn } from "./planLedgerColumns";

const HEADER_FILL = "#F2F2F2";
const FIRST_DATA_ROW = 2;

/** The formatting of a ledger's title, header and data rows. */
export interface LedgerSheetStyles {
  styles: StyleRun[];
  merges: CellRange[];
  rowHeights: Record<number, number>;
}

/**
 * The formatting of a ledger's title, header and data rows (`values`: title row, header row, task rows, then the
 * rows of removed tasks): borders and formats per column, 完成值 in its unit, the whole-row tint of the statuses the
 * circular names and the status cell's colour (docs/RULES.md, 颜色), removed rows in grey, row heights.
 * @example ledgerSheetStyles(values, { columns, evaluations, tasks, orphanCount: 0 }).merges[0] // the title across the visible columns
 */
export function ledgerSheetStyles(
  values: readonly LayoutCellValue[][],
  sheet: { columns: readonly PlannedColumn[]; evaluations: readonly TaskEvaluation[]; tasks: readonly LedgerTaskCells[]; orphanCount: number },
): LedgerSheetStyles {
  const { columns, evaluations, tasks } = sheet;
  const checkCol = columns.length - 1;
  const lastVisible = checkCol - 1;
  const firstData = FIRST_DATA_ROW;
  const lastData = values.length - 1;
  const taskRowsEnd = firstData + evaluations.length - 1;
  const widths = columns.map((column) => column.width);
  const colOfRole = (role: GeneratedRole): number => columns.findIndex((column) => column.kind === "generated" && column.role === role);
  const styles: StyleRun[] = [];
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: lastVisible }];
  const rowHeights: Record<number, number> = { 0: 32 };

  styles.push({ range: { top: 0, left: 0, bottom: 0, right: lastVisible }, style: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" } });
  styles.push({
    range: { top: 1, left: 0, bottom: 1, right: checkCol },
    style: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: HEADER_FILL, numberFormat: TEXT_FORMAT },
  });
  rowHeights[1] = estimateRowHeight(
    columns.map((column) => column.header),
    widths,
  );
  if (lastData < firstData) return { styles, merges, rowHeights };

  styles.push({ range: { top: firstData, left: 0, bottom: lastData, right: checkCol }, style: { border: true, wrap: true, vertical: "middle" } });
  columns.forEach((column, col) => {
    const style = ledgerColumnStyle(column);
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
  if (sheet.orphanCount > 0) styles.push({ range: { top: taskRowsEnd + 1, left: 0, bottom: lastData, right: checkCol }, style: { fontColor: REMOVED_FONT } });
  for (let row = firstData; row <= lastData; row++) {
    rowHeights[row] = estimateRowHeight(
      values[row].slice(0, lastVisible + 1).map((value) => (typeof value === "string" ? value : "")),
      widths,
    );
  }
  return { styles, merges, rowHeights };
}

/** 完成值 shows its unit through the number format, so the cell stays a number: General"亿元". */
function unitFormat(unit: string): string {
  const clean = unit.replace(/["\\]/g, "");
  return clean ? `General"${clean}"` : "General";
}
