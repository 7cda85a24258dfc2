import type { MergedRange } from "../grid";
import { parseResponsibility } from "../responsibility/parseResponsibility";
import type { ColumnMap, TaskColumn } from "../task";
import { toHalfWidth } from "../text/toHalfWidth";
import { isNoteText } from "./isNoteText";
import { sectionHeading, type SectionHeading } from "./sectionHeading";
import type { SkippedRowReason } from "./skippedRowProblem";

/** What a task-table row without departments is when it is not a task. */
export type NonTaskRow =
  | { kind: "skip"; reason: SkippedRowReason }
  /** A note; `firstListedLeads` when it states 列第一位者为牵头部门 for the rest of the table. */
  | { kind: "note"; firstListedLeads: boolean }
  | { kind: "heading"; heading: SectionHeading };

/** A filled cell of the row: its text and 0-based column. */
interface FilledCell {
  text: string;
  col: number;
}

/**
 * Whether a row is a note (注：… / 说明：… alone in a row, or a lone cell stating the first-listed-leads rule), a
 * section heading (nothing but a heading, and its number in the 序号 cell: no departments, no deadline) or a row to
 * skip (a lone number, no task text); null when it is a task. A row with departments is always a task.
 * @example readNonTaskRow({ own: ["", "一、约束性指标"], text: { title: "一、约束性指标" }, columns: { id: 0, title: 1, lead: 2 }, rowMerges: [], row: 4 })
 * // { kind: "heading", heading: { level: 1, text: "一、约束性指标", numbered: true } }
 */
export function readNonTaskRow(cells: {
  own: readonly string[];
  text: Partial<Record<TaskColumn, string>>;
  columns: ColumnMap;
  rowMerges: readonly MergedRange[];
  row: number;
}): NonTaskRow | null {
  const { text } = cells;
  if ((["lead", "supporting", "responsible"] as const).some((column) => (text[column] ?? "") !== "")) return null;
  // The filled cells are listed only for a row without departments (a long table's rows nearly all have them).
  const filled: FilledCell[] = [];
  cells.own.forEach((written, col) => {
    if (written !== "") filled.push({ text: written, col });
  });
  const row = { ...cells, filled };
  if (filled.length === 1) {
    const ruleNote = parseResponsibility(filled[0].text).conventionNote?.firstListedLeads === true;
    if (isNoteText(filled[0].text) || ruleNote) return { kind: "note", firstListedLeads: ruleNote };
  }
  const heading = filled.length === 1 ? loneHeading(filled[0], row) : numberedHeading(row);
  if (typeof heading === "string") return { kind: "skip", reason: heading };
  if (heading !== null) return { kind: "heading", heading };
  // No departments and no task text: not a task (a stray number, a total, a footer).
  if ((text.title ?? "") === "") return { kind: "skip", reason: "no-task-text" };
  return null;
}

/** A row of one filled cell: a heading, a task without departments (in the task column), or a row to skip. */
function loneHeading(lone: FilledCell, row: { columns: ColumnMap; rowMerges: readonly MergedRange[]; row: number }): SectionHeading | "lone-number" | "no-task-text" | null {
  const written = lone.text.trim();
  if (lone.col === row.columns.id && /^[0-9.]+$/.test(toHalfWidth(written))) return "lone-number";
  const heading = sectionHeading(written);
  // An unnumbered text alone in the task column is a task without departments, unless it is merged across the row
  // or short like a heading.
  const inTitle = lone.col === row.columns.title;
  const mergedAcross = row.rowMerges.some((range) => range.top === row.row && range.left === lone.col && range.right > range.left);
  if (heading !== null && !heading.numbered && inTitle && !mergedAcross && (written.length > 30 || /[。；;.]$/.test(written))) return null;
  if (heading === null && !inTitle) return "no-task-text";
  return heading;
}

/** A heading written as its number in the 序号 cell (not 1 or 1.2: a task number) and its text in the task cell. */
function numberedHeading(row: { filled: readonly FilledCell[]; own: readonly string[]; columns: ColumnMap }): SectionHeading | null {
  const { columns } = row;
  const others = row.filled.filter(({ col }) => col !== columns.id && col !== columns.title && col !== columns.category);
  const idOwn = columns.id !== undefined ? (row.own[columns.id] ?? "") : "";
  const titleOwn = columns.title !== undefined ? (row.own[columns.title] ?? "") : "";
  if (others.length === 0 && idOwn !== "" && titleOwn !== "" && !/^[0-9]+(?:\.[0-9]+)*$/.test(toHalfWidth(idOwn).trim())) return sectionHeading(titleOwn, idOwn);
  return null;
}
