import type { ProgressRow } from "../progress/progressRow";
import { sha256Hex } from "./sha256Hex";

/**
 * The SHA-256 of a report's content: its rows' task (template key, else 序号, else title), text, figure and unit, in
 * order. Rows read back from the 报送明细 (recordedReportRows) give the same fingerprint as the rows first imported.
 * @example reportContentHash(group) // "3f…" (64 hex digits)
 */
export function reportContentHash(rows: readonly ProgressRow[]): string {
  return sha256Hex(rows.map((row) => [row.templateTaskId ?? row.id ?? row.title ?? "", row.text, row.value ?? "", row.unit ?? ""].join("\t")).join("\n"));
}
