import { readIsoDate } from "../dates/readIsoDate";

/**
 * An ISO date moved by whole days (the 反馈时限 after the issue date).
 * @example addDays("2007-11-05", 10) // "2007-11-15"
 * @example addDays("2007-12-25", 10) // "2008-01-04"
 */
export function addDays(iso: string, days: number): string {
  const date = readIsoDate(iso);
  if (date === null) return iso;
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return moved.toISOString().slice(0, 10);
}
