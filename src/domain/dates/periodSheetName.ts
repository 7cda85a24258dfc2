import { parseAsOf } from "./parseAsOf";

/**
 * A sheet name from a settings pattern: {period} (or its Chinese mark 〈年-月〉) becomes yyyy-mm of the as-of date; characters Excel
 * forbids in sheet names ([]:*?/\) become "-"; the name is cut to Excel's 31 characters.
 * @example periodSheetName("台账 {period}", "2009-10-31") // "台账 2009-10"
 */
export function periodSheetName(pattern: string, asOf: string): string {
  const name = pattern
    .replace(/\{period\}|〈年-月〉/g, parseAsOf(asOf).period)
    .replace(/[[\]:*?/\\]/g, "-")
    .trim();
  return Array.from(name).slice(0, 31).join("");
}
