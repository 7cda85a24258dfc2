import type { SheetGrid } from "../grid";
import { cellText } from "../text/cellText";
import { REGISTER_HEADERS, REGISTER_REQUIRED_HEADERS, type RegisterEntry } from "./supervisionRegister";

/**
 * The entries of a 督办登记 sheet written before, [] when the sheet is not one (one without the 进展截至 column is
 * read with an empty period).
 * @example readRegister(readBack("督办登记"))[0].number // "〔2007〕第1号"
 */
export function readRegister(grid: SheetGrid): RegisterEntry[] {
  const header = (grid.rows[0] ?? []).map((value) => cellText(value ?? null).trim());
  if (REGISTER_HEADERS.slice(0, REGISTER_REQUIRED_HEADERS).some((name, col) => header[col] !== name)) return [];
  return grid.rows.slice(1).filter((row) => cellText(row[0] ?? null).trim() !== "").map((row) => {
    const text = (col: number) => cellText(row[col] ?? null).trim();
    return { number: text(0), department: text(1), tasks: text(2), issued: text(3), due: text(4), answered: text(5), closed: text(6), asOf: text(7) };
  });
}
