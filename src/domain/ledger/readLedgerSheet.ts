import type { CellValue, SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import type { LedgerColumnRole } from "./ledgerHeaders";
import { ledgerColumnRole } from "./ledgerColumnRole";
import { parseLedgerCheckCode } from "./parseLedgerCheckCode";
import { progressHeaderOrder } from "./progressHeaderOrder";

/** A column of a ledger read back: a known role, a period's progress column, or one the clerk added. */
export interface LedgerSheetColumn {
  /** 0-based column in the grid. */
  col: number;
  header: string;
  kind: "role" | "progress" | "added";
  role?: LedgerColumnRole;
  /** For progress columns: month × 100 + day of the period's end (see progressHeaderOrder). */
  progressOrder?: number;
}

/** A task row of a ledger read back. */
export interface LedgerSheetRow {
  /** 0-based row in the grid. */
  row: number;
  cells: CellValue[];
  id: string;
  title: string;
  /** The hidden check code, "" when none. */
  checkCode: string;
  /** Fingerprints of the id and title the product wrote, from the check code (see matchLedgerRows). */
  generatedAs?: { id: string; title: string };
}

/** A ledger sheet read back from a workbook. */
export interface LedgerSheet {
  grid: SheetGrid;
  headerRow: number;
  columns: LedgerSheetColumn[];
  rows: LedgerSheetRow[];
}

const HEADER_SEARCH_ROWS = 12;
const LEGEND = /^(图例|legend)/i;

/**
 * Read a ledger the product wrote (perhaps edited since by the clerk): find its header row by the
 * 序号 / 工作任务 / 状态 headers, classify every column, and collect the task rows down to the legend.
 * Blank rows are skipped. Returns null when the sheet has no such header (not a ledger).
 * @example readLedgerSheet(grid)?.columns.find((c) => c.kind === "progress")?.header // "1-10月推进情况"
 */
export function readLedgerSheet(grid: SheetGrid): LedgerSheet | null {
  const headerRow = findHeaderRow(grid);
  if (headerRow === null) return null;
  const headerCells = grid.rows[headerRow] ?? [];
  const width = Math.max(headerCells.length, ...grid.rows.slice(headerRow + 1).map((row) => row.length), 0);
  const taken = new Set<LedgerColumnRole>();
  const columns: LedgerSheetColumn[] = [];
  const rows: LedgerSheetRow[] = [];
  let end = grid.rows.length;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const first = (grid.rows[r] ?? []).map((value) => cellText(value)).find((text) => text !== "");
    if (first !== undefined && LEGEND.test(first)) {
      end = r;
      break;
    }
  }
  for (let col = 0; col < width; col++) {
    const header = cellText(headerCells[col]);
    const role = ledgerColumnRole(header);
    const order = progressHeaderOrder(header);
    if (role && !taken.has(role)) {
      taken.add(role);
      columns.push({ col, header, kind: "role", role });
    } else if (order !== null) {
      columns.push({ col, header, kind: "progress", progressOrder: order });
    } else if (header !== "" || hasData(grid, headerRow + 1, end, col)) {
      columns.push({ col, header, kind: "added" });
    }
  }
  const colOf = (role: LedgerColumnRole): number | undefined => columns.find((column) => column.role === role)?.col;
  const idCol = colOf("id");
  const titleCol = colOf("title");
  const checkCol = colOf("checkCode");
  for (let r = headerRow + 1; r < end; r++) {
    const cells = grid.rows[r] ?? [];
    if (!cells.some((value) => cellText(value) !== "")) continue;
    const checkCode = checkCol === undefined ? "" : cellText(cells[checkCol]);
    const check = parseLedgerCheckCode(checkCode);
    rows.push({
      row: r,
      cells,
      id: idCol === undefined ? "" : cellText(cells[idCol]),
      title: titleCol === undefined ? "" : cellText(cells[titleCol]),
      checkCode,
      generatedAs: check ? { id: check.fingerprints.id, title: check.fingerprints.title } : undefined,
    });
  }
  return { grid, headerRow, columns, rows };
}

function findHeaderRow(grid: SheetGrid): number | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const roles = new Set((grid.rows[r] ?? []).map((value) => ledgerColumnRole(cellText(value))));
    if (roles.has("id") && roles.has("title") && roles.has("status")) return r;
  }
  return null;
}

function hasData(grid: SheetGrid, from: number, to: number, col: number): boolean {
  for (let r = from; r < to; r++) if (cellText(grid.rows[r]?.[col]) !== "") return true;
  return false;
}
