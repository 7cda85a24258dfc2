/**
 * The number of days of a month (1..12), leap years counted.
 * @example daysInMonth({ year: 2008, month: 2 }) // 29
 * @example daysInMonth({ year: 2009, month: 2 }) // 28
 */
export function daysInMonth(date: { year: number; month: number }): number {
  return new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}
