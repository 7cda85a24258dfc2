import { daysInMonth } from "./daysInMonth";

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
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth({ year, month })) return null;
  return { year, month, day };
}
