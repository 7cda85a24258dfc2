import { parseAsOf } from "../dates/parseAsOf";

/** The reporting period of a template: its key (yyyy-mm) and its label in file names and titles (2009年1-10月). */
export interface TemplatePeriod {
  key: string;
  label: string;
  /** The as-of date, yyyy-mm-dd. */
  asOf: string;
}

/**
 * The period a report template is for, from the as-of date: the month it falls in, counted from January.
 * @example templatePeriod("2009-10-31") // { key: "2009-10", label: "2009年1-10月", asOf: "2009-10-31" }
 * @example templatePeriod("2009-01-31").label // "2009年1月"
 */
export function templatePeriod(asOf: string): TemplatePeriod {
  const { year, month, period: key } = parseAsOf(asOf);
  return { key, label: month === 1 ? `${year}年1月` : `${year}年1-${month}月`, asOf };
}
