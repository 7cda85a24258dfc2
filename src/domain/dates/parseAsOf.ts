import { dateExists } from "./dateExists";
import { daysInMonth } from "./daysInMonth";
import { leadingIsoDate } from "./leadingIsoDate";

/** An as-of date split into its parts. */
export interface AsOfParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** Whether the date is the last day of its month (then the whole month counts: 1-10月). */
  monthEnd: boolean;
  /** yyyy-mm, the period key used in sheet names. */
  period: string;
}

/**
 * Split an ISO as-of date (yyyy-mm-dd, read by leadingIsoDate; whatever follows the date is ignored). Throws a
 * RangeError for a date that does not exist: callers (command line, pane) validate the clerk's input before
 * building a ledger.
 * @example parseAsOf("2009-10-31") // { year: 2009, month: 10, day: 31, monthEnd: true, period: "2009-10" }
 */
export function parseAsOf(asOf: string): AsOfParts {
  const date = leadingIsoDate(asOf.trim());
  if (date === null || !dateExists(date)) {
    throw new RangeError(`截至日期“${asOf}”无效，应为 yyyy-mm-dd (invalid as-of date "${asOf}", expected yyyy-mm-dd)`);
  }
  const { year, month, day } = date;
  return { year, month, day, monthEnd: day === daysInMonth(date), period: `${year}-${String(month).padStart(2, "0")}` };
}
