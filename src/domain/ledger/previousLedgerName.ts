import { parseAsOf } from "../dates/parseAsOf";
import { periodSheetName } from "../dates/periodSheetName";

/**
 * Which existing ledger sheet to pass as `previous` when building the ledger for `asOf`: this period's
 * own sheet when it exists (regenerating the same month replaces it), else the latest earlier period's
 * (the new month's sheet is written beside it). Sheet names follow `pattern` (settings.ledgerSheetName).
 * @example previousLedgerName(["分工方案", "台账 2009-09", "台账 2009-10"], "台账 {period}", "2009-11-30") // "台账 2009-10"
 * @example previousLedgerName(["台账 2009-10", "台账 2009-11"], "台账 {period}", "2009-11-30") // "台账 2009-11"
 */
export function previousLedgerName(sheetNames: readonly string[], pattern: string, asOf: string): string | null {
  const current = parseAsOf(asOf).period;
  const [before, after = ""] = periodSheetName(pattern, asOf).split(current);
  let best: { name: string; period: string } | null = null;
  for (const name of sheetNames) {
    if (!name.startsWith(before) || !name.endsWith(after)) continue;
    const period = name.slice(before.length, name.length - after.length);
    if (!/^\d{4}-\d{2}$/.test(period) || period > current) continue;
    if (!best || period > best.period) best = { name, period };
  }
  return best?.name ?? null;
}
