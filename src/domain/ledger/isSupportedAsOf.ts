import { readIsoDate } from "../dates/readIsoDate";

/** The years an as-of date may fall in: Excel's calendar starts in 1900; later than 2100 is a typing slip. */
export const AS_OF_YEARS = { first: 1900, last: 2100 } as const;

/**
 * Whether an as-of date is a real yyyy-mm-dd date in the years 1900–2100 (year 0000 or 9999 is a slip, not a period).
 * @example isSupportedAsOf("2007-10-31") // true
 * @example isSupportedAsOf("0000-10-31") // false
 */
export function isSupportedAsOf(asOf: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return false;
  const date = readIsoDate(asOf);
  return date !== null && date.year >= AS_OF_YEARS.first && date.year <= AS_OF_YEARS.last;
}
