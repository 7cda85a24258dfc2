import type { CellValue } from "../grid";

/**
 * The text of a cell as a clerk sees it: numbers without float noise, dates as yyyy-mm-dd, trimmed.
 * @example cellText(3) // "3"; cellText(null) // ""; cellText(new Date(Date.UTC(2011, 11, 31))) // "2011-12-31"
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Number.isNaN(value.getTime())) return "";
  const y = value.getUTCFullYear();
  const m = String(value.getUTCMonth() + 1).padStart(2, "0");
  const d = String(value.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
