/**
 * The number of days of a month (1..12), leap years counted.
 * @example daysInMonth({ year: 2008, month: 2 }) // 29
 * @example daysInMonth({ year: 2009, month: 2 }) // 28
 */
export function daysInMonth(date: { year: number; month: number }): number {
  const { year, month } = date;
  // Worked out without a Date for the years and months of ledgers; Date.UTC reads years 0–99 as 1900–1999.
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : MONTH_DAYS[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
