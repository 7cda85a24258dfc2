/**
 * The last day of the month before `today`, as an ISO date: the default as-of date of a monthly report.
 * @example endOfLastMonth(new Date(2009, 10, 5)) // "2009-10-31"
 * @example endOfLastMonth(new Date(2010, 0, 15)) // "2009-12-31"
 */
export function endOfLastMonth(today: Date): string {
  const last = new Date(today.getFullYear(), today.getMonth(), 0);
  const month = String(last.getMonth() + 1).padStart(2, "0");
  const day = String(last.getDate()).padStart(2, "0");
  return `${last.getFullYear()}-${month}-${day}`;
}
