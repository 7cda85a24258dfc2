import { generatedRoles, type GeneratedRole } from "./generatedRoles";

/** A check code read back: the as-of date of the run and each generated cell's fingerprint. */
export interface LedgerCheck {
  asOf: string;
  fingerprints: Record<GeneratedRole, string>;
}

/**
 * Read a row's check code (see `ledgerCheckCode`); null when the cell is empty or was not written by
 * the product (a row the clerk added, or a code the clerk damaged).
 * @example parseLedgerCheckCode("2009-10-31|" + "0a1b".repeat(13))?.asOf // "2009-10-31"
 * @example parseLedgerCheckCode("手工添加") // null
 */
export function parseLedgerCheckCode(code: string): LedgerCheck | null {
  const roles = generatedRoles();
  const match = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f]+)$/.exec(code.trim());
  if (!match || match[2].length !== roles.length * 4) return null;
  const fingerprints = {} as Record<GeneratedRole, string>;
  roles.forEach((role, index) => {
    fingerprints[role] = match[2].slice(index * 4, index * 4 + 4);
  });
  return { asOf: match[1], fingerprints };
}
