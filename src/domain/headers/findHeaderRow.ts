import type { MergedRange, SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import type { HeaderVocabulary } from "./headerVocabulary";
import { matchHeaderTerm } from "./matchHeaderTerm";

export type { HeaderTerm, HeaderVocabulary } from "./headerVocabulary";

/** The header found in a grid. */
export interface HeaderRow<C extends string> {
  /** 0-based grid row of the header's last row: the data starts below it. */
  row: number;
  /** 0-based grid row where the header starts (row − 1 for a two-row header such as 责任单位 over 牵头单位 | 配合单位). */
  firstRow: number;
  /** Which 0-based grid column holds each logical column found. */
  columns: Partial<Record<C, number>>;
  /** The header text of each logical column found, white space removed (“牵头\n单位” → "牵头单位"). */
  headers: Partial<Record<C, string>>;
  /** The logical column of every grid column (null when its header means nothing known). */
  roles: (C | null)[];
  /** The header text of every grid column ("" when none). */
  texts: string[];
}

/** How far down a sheet the header is looked for. */
const SEARCH_ROWS = 40;

type TermMatch<C extends string> = NonNullable<ReturnType<typeof matchHeaderTerm<C>>>;

/** Header text as shown to the clerk: white space collapsed, and removed next to Chinese characters. */
function displayHeader(value: string): string {
  return value
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim()
    .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, "");
}

function mergeAt(merges: readonly MergedRange[], row: number, col: number): MergedRange | undefined {
  return merges.find((merge) => merge.top <= row && row <= merge.bottom && merge.left <= col && col <= merge.right);
}

interface Candidate<C extends string> {
  firstRow: number;
  row: number;
  texts: string[];
  roles: (C | null)[];
  columns: Partial<Record<C, number>>;
  score: number;
}

type MatchOf<C extends string> = (text: string) => TermMatch<C> | null;

function assign<C extends string>(texts: string[], matchOf: MatchOf<C>): Pick<Candidate<C>, "roles" | "columns" | "score"> {
  const matches = texts.map(matchOf);
  const roles: (C | null)[] = texts.map(() => null);
  const columns: Partial<Record<C, number>> = {};
  const maxRank = Math.max(0, ...matches.map((match) => (match ? match.columns.length : 0)));
  const order = matches
    .map((match, col) => ({ match, col }))
    .filter((entry): entry is { match: TermMatch<C>; col: number } => entry.match !== null)
    .sort((a, b) => a.match.columns.length - b.match.columns.length || b.match.score - a.match.score || a.col - b.col);
  for (let rank = 0; rank < maxRank; rank += 1) {
    for (const { match, col } of order) {
      const column = match.columns[rank];
      if (column === undefined || roles[col] !== null || columns[column] !== undefined) continue;
      roles[col] = column;
      columns[column] = col;
    }
  }
  return { roles, columns, score: Object.keys(columns).length };
}

function meetsRequired<C extends string>(columns: Partial<Record<C, number>>, vocabulary: HeaderVocabulary<C>): boolean {
  return vocabulary.required.every((group) => group.some((column) => columns[column] !== undefined));
}

/**
 * Find the header row of a table under any title rows: the row (or pair of rows) whose cells name the most
 * logical columns of the vocabulary and all the required ones. A title merged across the columns
 * (“2011年重点工作任务分解表”) is never the header: a header row has at least two filled cells. A header split
 * over two rows — a merged group cell (责任单位 over 牵头单位 | 配合单位) with its sub-headers below, other
 * headers merged down both rows — is read as one, the sub-header naming the column. Headers are compared
 * normalised (full-width forms, spaces, line breaks inside a cell, case); a header containing a known name
 * matches it (1-10月完成情况 → 完成情况) unless the term must match whole; the longest name wins.
 * @example findHeaderRow(grid, TASK_VOCABULARY)
 * // { row: 1, firstRow: 1, columns: { id: 0, title: 1, lead: 2, supporting: 3, deadline: 4 }, headers: { id: "序号", … }, … }
 */
export function findHeaderRow<C extends string>(grid: SheetGrid, vocabulary: HeaderVocabulary<C>): HeaderRow<C> | null {
  const merges = grid.merges ?? [];
  const limit = Math.min(grid.rows.length, SEARCH_ROWS);
  // Each row's texts and each distinct text's meaning are worked out once (a row is looked at as a top and as a bottom row).
  const textsByRow = new Map<number, string[]>();
  const rowTexts = (row: number): string[] => {
    let found = textsByRow.get(row);
    if (found === undefined) textsByRow.set(row, (found = (grid.rows[row] ?? []).map((value) => displayHeader(cellText(value)))));
    return found;
  };
  const matches = new Map<string, TermMatch<C> | null>();
  const matchOf = (text: string): TermMatch<C> | null => {
    let match = matches.get(text);
    if (match === undefined) matches.set(text, (match = matchHeaderTerm(text, vocabulary)));
    return match;
  };
  const filled = (texts: string[]): number => texts.filter((text) => text !== "").length;
  const candidates: Candidate<C>[] = [];
  const consider = (candidate: Candidate<C>): void => {
    if (meetsRequired(candidate.columns, vocabulary)) candidates.push(candidate);
  };

  for (let row = 0; row < limit; row += 1) {
    const top = rowTexts(row);
    if (filled(top) < 2) continue;
    consider({ firstRow: row, row, texts: top, ...assign(top, matchOf) });

    if (row + 1 >= grid.rows.length) continue;
    const bottom = rowTexts(row + 1);
    const subHeaders = bottom.map((text, col) => ({ text, col })).filter((entry) => entry.text !== "");
    const isSubHeaderRow =
      subHeaders.length > 0 &&
      subHeaders.every(({ text, col }) => {
        if (matchOf(text) === null) return false;
        if ((top[col] ?? "") === "") return true;
        const merge = mergeAt(merges, row, col);
        if (merge !== undefined) return merge.top === row && merge.left === col && merge.right > merge.left;
        // A group header whose merge the reader does not know: the cell to its right is empty above a sub-header.
        return (top[col + 1] ?? "") === "" && (bottom[col + 1] ?? "") !== "";
      });
    if (!isSubHeaderRow) continue;
    const width = Math.max(top.length, bottom.length);
    const texts = Array.from({ length: width }, (_, col) => (bottom[col] ?? "") || (top[col] ?? ""));
    consider({ firstRow: row, row: row + 1, texts, ...assign(texts, matchOf) });
  }
  // Most columns first; on a tie a one-row header (a title row above a header is not a two-row header), then the earliest.
  const rowsOf = (candidate: Candidate<C>): number => candidate.row - candidate.firstRow;
  const found = candidates.sort((a, b) => b.score - a.score || rowsOf(a) - rowsOf(b) || a.firstRow - b.firstRow)[0];
  if (found === undefined) return null;
  const headers: Partial<Record<C, string>> = {};
  for (const [column, col] of Object.entries(found.columns) as [C, number][]) headers[column] = found.texts[col];
  return { row: found.row, firstRow: found.firstRow, columns: found.columns, headers, roles: found.roles, texts: found.texts };
}
