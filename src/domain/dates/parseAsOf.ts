import { daysInMonth } from "./daysInMonth";

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
 * Split an ISO as-of date (yyyy-mm-dd). Throws a RangeError for a date that does not exist: callers
 * (command line, pane) validate the clerk's input before building a ledger.
 * @example parseAsOf("2009-10-31") // { year: 2009, month: 10, day: 31, monthEnd: true, period: "2009-10" }
 */
export function parseAsOf(asOf: string): AsOfParts {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(asOf.trim());
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  const day = match ? Number(match[3]) : NaN;
  const monthDays = daysInMonth({ year, month });
  if (!match || month < 1 || month > 12 || day < 1 || day > monthDays) {
    throw new RangeError(`截至日期“${asOf}”无效，应为 yyyy-mm-dd (invalid as-of date "${asOf}", expected yyyy-mm-dd)`);
  }
  return { year, month, day, monthEnd: day === monthDays, period: `${year}-${String(month).padStart(2, "0")}` };
}
