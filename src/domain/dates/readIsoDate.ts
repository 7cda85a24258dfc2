import { dateExists } from "./dateExists";
import { leadingIsoDate } from "./leadingIsoDate";

/** A calendar date split into its parts. */
export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

/**
 * Read an ISO date (yyyy-mm-dd, a time part ignored), or null when it is malformed or does not exist.
 * @example readIsoDate("2009-10-31") // { year: 2009, month: 10, day: 31 }
 * @example readIsoDate("2009-02-30") // null
 */
export function readIsoDate(text: string | null | undefined): CalendarDate | null {
  if (typeof text !== "string") return null;
  const date = leadingIsoDate(text.trim());
  if (date === null || !/^(?:$|[T\s])/.test(date.rest) || !dateExists(date)) return null;
  return { year: date.year, month: date.month, day: date.day };
}
