import type { Language } from "../language";
import type { GeneratedRole } from "./generatedRoles";
import type { LedgerColumnRole } from "./ledgerHeaders";
import { ledgerHeaders } from "./ledgerHeaders";
import { progressColumnHeader } from "./progressColumnHeader";
import { progressHeaderOrder } from "./progressHeaderOrder";
import type { LedgerSheet } from "./readLedgerSheet";

export type PlannedKind = "generated" | "history" | "remark" | "added" | "check";

/** A column of the ledger to write, and where its content comes from. */
export interface PlannedColumn {
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
  leaders: 10,
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
/**
 * The columns of a period's ledger, in order: 序号 … 完成时限, every period's progress column (the earlier ledger's
 * history and this period's, by period), 完成值 … 状态, 备注, the clerk's added columns and the hidden 核对码.
 * Each names the earlier ledger's column whose content it carries over. A 责任领导 column follows 配合单位 when the
 * tasks name leaders (`withLeaders`) or the earlier ledger had one.
 * @example planLedgerColumns(null, "2009-10-31", "zh").map((column) => column.header)[7] // "1-10月推进情况"
 */
export function planLedgerColumns(previous: LedgerSheet | null, asOf: string, lang: Language, withLeaders = false): PlannedColumn[] {
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
    ...(["id", "category", "title", "target", "leads", "supporting"] as const).map(generated),
    ...(withLeaders || previousCol("leaders") !== undefined ? [generated("leaders")] : []),
    generated("deadline"),
    ...progress.map(({ order: _order, ...column }) => column),
    ...(["actual", "ratio", "expected", "gap", "status"] as const).map(generated),
    { header: headers.remark, width: WIDTHS.remark, kind: "remark", previousCol: previousCol("remark") },
    ...(previous?.columns ?? [])
      .filter((column) => column.kind === "added")
      .map((column): PlannedColumn => ({ header: column.header, width: ADDED_WIDTH, kind: "added", previousCol: column.col })),
    { header: headers.checkCode, width: WIDTHS.checkCode, kind: "check", previousCol: previousCol("checkCode") },
  ];
}
