import type { CalendarDate } from "./readIsoDate";

/**
 * The number of days from 1970-01-01 to a calendar date (UTC, no time zone), so that the difference of two day
 * numbers is the number of days between them.
 * @example dayNumber({ year: 2009, month: 10, day: 31 }) - dayNumber({ year: 2009, month: 10, day: 1 }) // 30
 */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}
