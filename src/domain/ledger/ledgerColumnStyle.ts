import type { CellStyle } from "../layout";
import type { PlannedColumn } from "./planLedgerColumns";

/** Text format: a cell starting with = + - @ stays text. */
export const TEXT_FORMAT = "@";
/** Font colour of the rows of removed tasks (and their legend line). */
export const REMOVED_FONT = "#808080";
const PERCENT = "0.0%";
const POINTS = "+0.0;-0.0;0.0";

/**
 * The style of a ledger column's data cells: text left, 序号/时限/状态 centred, ratios as percentages, the gap in
 * signed points; the clerk's added columns keep their own.
 * @example ledgerColumnStyle({ header: "完成率", width: 9, kind: "generated", role: "ratio" }) // { numberFormat: "0.0%", horizontal: "right" }
 */
export function ledgerColumnStyle(column: PlannedColumn): CellStyle | null {
  if (column.kind === "added") return null;
  if (column.kind !== "generated") return { numberFormat: TEXT_FORMAT, horizontal: "left" };
  switch (column.role) {
    case "id":
    case "deadline":
    case "status":
      return { numberFormat: TEXT_FORMAT, horizontal: "center" };
    case "ratio":
    case "expected":
      return { numberFormat: PERCENT, horizontal: "right" };
    case "gap":
      return { numberFormat: POINTS, horizontal: "right" };
    case "actual":
      return { horizontal: "right" };
    default:
      return { numberFormat: TEXT_FORMAT, horizontal: "left" };
  }
}
