import type { LedgerColumnRole } from "./ledgerHeaders";

/** A generated cell of a ledger row: a fixed column, or the period's progress column. */
export type GeneratedRole = Exclude<LedgerColumnRole, "remark" | "checkCode"> | "progress";

const ROLES: readonly GeneratedRole[] = [
  "id",
  "category",
  "title",
  "target",
  "leads",
  "supporting",
  "deadline",
  "progress",
  "actual",
  "ratio",
  "expected",
  "gap",
  "status",
];

/**
 * The cells the ledger computes for a row, in the order their fingerprints are kept in the check code. 责任领导
 * (leaders, written only when tasks name them) is copied from the task table and kept out of the check code, so
 * that the check codes of earlier ledgers stay valid.
 * Everything else in a row (备注, history of earlier periods, the clerk's own columns) is the clerk's.
 * @example generatedRoles()[7] // "progress"
 */
export function generatedRoles(): readonly GeneratedRole[] {
  return ROLES;
}
