import type { CellValue } from "../grid";
import { cellFingerprint } from "./cellFingerprint";
import { generatedRoles, type GeneratedRole } from "./generatedRoles";

/**
 * The hidden check code of a ledger row: the as-of date of the run that wrote it, then a fingerprint of
 * each generated cell in `generatedRoles()` order. Reading the sheet back, a cell whose fingerprint no
 * longer matches was changed by hand.
 * @example ledgerCheckCode("2009-10-31", { id: "1", title: "耕地保有量保持在553万公顷", status: "序时推进" }) // "2009-10-31|xxxx…" (13 × 4 hex digits)
 */
export function ledgerCheckCode(asOf: string, cells: Partial<Record<GeneratedRole, CellValue>>): string {
  return `${asOf}|${generatedRoles()
    .map((role) => cellFingerprint(cells[role] ?? null))
    .join("")}`;
}
