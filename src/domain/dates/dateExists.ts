import { daysInMonth } from "./daysInMonth";

/**
 * Whether a year, month and day name a day of the calendar: the month is 1..12 and the day within it, leap years
 * counted.
 * @example dateExists({ year: 2012, month: 2, day: 29 }) // true
 * @example dateExists({ year: 2009, month: 2, day: 29 }) // false
 * @example dateExists({ year: 2011, month: 13, day: 1 }) // false
 */
export function dateExists(date: { year: number; month: number; day: number }): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date);
}
