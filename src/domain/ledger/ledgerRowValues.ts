import type { CellValue } from "../grid";
import { cellAddress } from "../grid";
import type { TaskEvaluation } from "../evaluation";
import type { LayoutCellValue } from "../layout";
import type { Problem } from "../problem";
import type { Language } from "../language";
import { cellText } from "../text/cellText";
import type { GeneratedRole } from "./generatedRoles";
import { ledgerCheckCode } from "./ledgerCheckCode";
import type { LedgerTaskCells } from "./ledgerTaskCells";
import type { PlannedColumn } from "./planLedgerColumns";
import type { LedgerSheet, LedgerSheetRow } from "./readLedgerSheet";

/** The data rows of a ledger: a row per task, then the earlier rows whose task is gone. */
export interface LedgerRowValues {
  values: LayoutCellValue[][];
  /** Non-empty 备注 cells carried to the same task. */
  notes: number;
  /** The earlier rows whose task is gone, kept at the end and marked 已移除. */
  orphans: LedgerSheetRow[];
  problems: Problem[];
}

/**
 * The values of a ledger's data rows. A task's generated cells come from its evaluation; its 备注, history and added
 * columns from the earlier row it was matched to (`matches`, see matchLedgerRows), else 备注 from the task table.
 * Earlier rows matched to no task follow, status 已移除; a row newly removed is reported once (ledger-task-removed).
 * @example ledgerRowValues(evaluations, tasks, { columns, matches, previous: null, asOf: "2009-10-31", lang: "zh" }).values.length // evaluations.length
 */
export function ledgerRowValues(
  evaluations: readonly TaskEvaluation[],
  tasks: readonly LedgerTaskCells[],
  plan: { columns: readonly PlannedColumn[]; matches: readonly (number | null)[]; previous: LedgerSheet | null; asOf: string; lang: Language },
): LedgerRowValues {
  const { columns, matches, previous, asOf, lang } = plan;
  const previousRows = previous?.rows ?? [];
  const values: LayoutCellValue[][] = [];
  let notes = 0;
  evaluations.forEach((evaluation, index) => {
    const previousRow = matches[index] === null ? null : previousRows[matches[index] as number];
    const generated = tasks[index].cells;
    values.push(
      columns.map((column) => {
        if (column.kind === "generated") return generated[column.role as GeneratedRole];
        if (column.kind === "check") return ledgerCheckCode(asOf, generated);
        if (column.kind === "remark" && (!previousRow || column.previousCol === undefined)) return evaluation.task.remark?.trim() || null;
        const carried = previousRow && column.previousCol !== undefined ? layoutValue(previousRow.cells[column.previousCol]) : null;
        if (column.kind === "remark" && carried !== null && carried !== "") notes++;
        return carried;
      }),
    );
  });

  const matchedPrevious = new Set(matches.filter((index): index is number => index !== null));
  const orphans = previousRows.filter((_, index) => !matchedPrevious.has(index));
  const removedWord = lang === "en" ? "Removed" : "已移除";
  const previousStatusCol = previous?.columns.find((column) => column.role === "status")?.col;
  const problems: Problem[] = [];
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
    if (!alreadyMarked) problems.push(removedTask(previous as LedgerSheet, orphan.row, orphan.id, orphan.title));
  }
  return { values, notes, orphans, problems };
}

function layoutValue(value: CellValue | undefined): LayoutCellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  return cellText(value);
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
