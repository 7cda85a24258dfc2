import { normalizeName } from "../text/normalizeName";
import { ledgerHeaders, type LedgerColumnRole } from "./ledgerHeaders";

const KNOWN = new Map<string, LedgerColumnRole>();
for (const lang of ["zh", "en"] as const) {
  for (const [role, header] of Object.entries(ledgerHeaders(lang))) KNOWN.set(key(header), role as LedgerColumnRole);
}

function key(header: string): string {
  return normalizeName(header).toLowerCase();
}

/**
 * The role of a header in a ledger the product wrote (its Chinese or English headers, any width of brackets),
 * or null for a period's progress column or a column the clerk added.
 * @example ledgerColumnRole("差距（百分点）") // "gap"
 * @example ledgerColumnRole(" 备 注 ") // "remark"
 * @example ledgerColumnRole("督办次数") // null
 */
export function ledgerColumnRole(header: string): LedgerColumnRole | null {
  return KNOWN.get(key(header)) ?? null;
}
