/** The year, month and day a text starts with, and the text after them. */
export interface LeadingIsoDate {
  year: number;
  /** As written: not checked to be 1..12. */
  month: number;
  /** As written: not checked to exist in its month. */
  day: number;
  /** What follows the date ("" when the text is the date alone). */
  rest: string;
}

/** yyyy-m-d or yyyy-mm-dd at the start of a text: the one way the engine reads an ISO date. */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

/**
 * The ISO date (yyyy-mm-dd, one-digit month and day accepted) a text starts with, split into its parts, and the
 * rest of the text; null when the text does not start with one. Whether the date exists is left to `dateExists`,
 * what may follow it to the caller (readIsoDate allows a time, parseAsOf anything, chineseDate nothing).
 * @example leadingIsoDate("2009-10-31") // { year: 2009, month: 10, day: 31, rest: "" }
 * @example leadingIsoDate("2008-02-29T00:00:00Z") // { year: 2008, month: 2, day: 29, rest: "T00:00:00Z" }
 * @example leadingIsoDate("2009/10/31") // null
 */
export function leadingIsoDate(text: string): LeadingIsoDate | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), rest: text.slice(match[0].length) };
}
