import type { ProgressRow } from "../progress/progressRow";
import { sha256Hex } from "./sha256Hex";

/**
 * The SHA-256 of a report's content: its rows' task (template key, else 序号, else title), text, figure and unit, in
 * order. Rows read back from the 报送明细 (recordedReportRows) give the same fingerprint as the rows first imported.
 * `sha256` may be the platform's SHA-256 of a text's UTF-8 (the command line gives node:crypto's): the same digest, faster.
 * @example reportContentHash(group) // "3f…" (64 hex digits)
 */
export function reportContentHash(rows: readonly ProgressRow[], sha256: (text: string) => string = sha256Hex): string {
  return sha256(rows.map((row) => [row.templateTaskId ?? row.id ?? row.title ?? "", row.text, row.value ?? "", row.unit ?? ""].join("\t")).join("\n"));
}
