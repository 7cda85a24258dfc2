import type { UnresolvedProgressRow } from "./matchProgressRows";
import { progressRowKey } from "./progressRowKey";

/** A progress row the clerk must resolve, as the build report's "unmatched" list shows it. */
export interface UnresolvedRowJson {
  /** file|sheet|cell: the key to use in a resolutions file ({ "<key>": "<task id>" }). */
  key: string;
  reason: UnresolvedProgressRow["reason"];
  file?: string;
  sheet: string;
  cell: string;
  /** 1-based sheet row. */
  row: number;
  id?: string;
  title?: string;
  text: string;
  department: string;
  /** The tasks to choose from, best first: id, title and title similarity (0..1, 2 decimals). */
  candidates: { id: string; title: string; score: number }[];
}

/**
 * An unmatched or ambiguous progress row in the build report's shape.
 * @example unresolvedRowJson({ row, reason: "no-match", candidates })
 * // { key: "|省经委进展|C14", reason: "no-match", sheet: "省经委进展", cell: "C14", row: 14, title: "全省工业用电量", candidates: [{ id: "1", … }] }
 */
export function unresolvedRowJson(entry: UnresolvedProgressRow): UnresolvedRowJson {
  const { row } = entry;
  const json: UnresolvedRowJson = {
    key: progressRowKey(row),
    reason: entry.reason,
    ...(row.source.file !== undefined ? { file: row.source.file } : {}),
    sheet: row.source.sheet,
    cell: row.source.cell,
    row: row.source.row,
    ...(row.id !== undefined ? { id: row.id } : {}),
    ...(row.title !== undefined ? { title: row.title } : {}),
    text: row.text,
    department: row.department,
    candidates: entry.candidates.map((candidate) => ({ id: candidate.task.id, title: candidate.task.title, score: Math.round(candidate.score * 100) / 100 })),
  };
  return json;
}
