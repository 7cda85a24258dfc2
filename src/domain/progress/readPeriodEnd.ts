import type { CellValue } from "../grid";
import { chineseNumeralValue } from "../numbers/chineseNumeralValue";
import { toHalfWidth } from "../text/toHalfWidth";

const MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const DASH = "[-~～—–－至到]";
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{4})([-/.])(\d{1,2})\5(\d{1,2})(?!\d)/;
const YEAR_MONTH = /(\d{4})年(\d{1,2})月(?:份)?(?:底|末)?/;
const RANGE = new RegExp(`(?:(\\d{4})年)?(?:1|一)月?${DASH}+${MONTH}月`);
const UNTIL = new RegExp(`截[至止](?:(\\d{4})年)?${MONTH}月(?:(\\d{1,2})日)?`);
const SEASONS: [RegExp, number][] = [
  [/上半年/, 6],
  [/前三季度|1-3季度|一至三季度/, 9],
  [/(?:第一|一|1)季度/, 3],
];

/**
 * The date a progress figure refers to, read from a date cell, a 截至日期 text, a header or a title:
 * 2007年10月31日 / 2007-10-31 → that day; 1-10月, 1—10月, 1至10月, 截至10月末, 2007年10月 → the last day of
 * October; 截至10月15日 → 15 October; 上半年 → 30 June. The year comes from the text, else `year`.
 * Returns an ISO date (yyyy-mm-dd), or null when the text names no period.
 * @example readPeriodEnd("1—10月推进情况", 2007) // "2007-10-31"
 * @example readPeriodEnd("有关部门重点工作进展情况汇总（截至2007年10月31日）", 2011) // "2007-10-31"
 * @example readPeriodEnd(new Date(Date.UTC(2007, 9, 31)), 2007) // "2007-10-31"
 * @example readPeriodEnd("工作任务", 2007) // null
 */
export function readPeriodEnd(value: CellValue | undefined, year: number): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  if (typeof value === "number") return excelSerialDate(value);
  if (typeof value !== "string") return null;
  // A 截至日期 column repeats one date down the sheet: the last text's period is kept.
  if (value === lastText && year === lastYear) return lastPeriod;
  const period = readTextPeriod(value, year);
  lastText = value;
  lastYear = year;
  lastPeriod = period;
  return period;
}

let lastText: string | undefined;
let lastYear = 0;
let lastPeriod: string | null = null;

function readTextPeriod(value: string, year: number): string | null {
  const text = toHalfWidth(value).replace(/[\s\u00a0]+/g, "");
  const full = FULL_DATE.exec(text);
  if (full) return full[1] !== undefined ? iso(Number(full[1]), Number(full[2]), Number(full[3])) : iso(Number(full[4]), Number(full[6]), Number(full[7]));
  const until = UNTIL.exec(text);
  if (until) {
    const month = monthNumber(until[2]);
    if (month !== null) return until[3] ? iso(Number(until[1] ?? year), month, Number(until[3])) : monthEnd(Number(until[1] ?? year), month);
  }
  const range = RANGE.exec(text);
  if (range) {
    const month = monthNumber(range[2]);
    if (month !== null) return monthEnd(Number(range[1] ?? year), month);
  }
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth) return monthEnd(Number(yearMonth[1]), Number(yearMonth[2]));
  for (const [pattern, month] of SEASONS) if (pattern.test(text)) return monthEnd(year, month);
  return null;
}

function monthNumber(text: string): number | null {
  const value = /^\d+$/.test(text) ? Number(text) : chineseNumeralValue(text);
  return value !== null && value >= 1 && value <= 12 ? value : null;
}

function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return iso(year, month, isPlainYear(year) ? daysInMonth(year, month) : new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** Plain dates printed, by year × 10000 + month × 100 + day, at most PRINTED_DATES_LIMIT of them. */
const PRINTED_DATES = new Map<number, string>();
const PRINTED_DATES_LIMIT = 4096;

/** Two digits for a month or a day (01 … 31). */
const TWO_DIGITS = Array.from({ length: 32 }, (_, number) => String(number).padStart(2, "0"));

/** A year of four digits (1000 … 9999), which Date.UTC takes as it is and prints without padding. */
function isPlainYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

/** Days in a month of the (proleptic Gregorian) calendar Date uses. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function iso(year: number, month: number, day: number): string | null {
  // A plain year, month and day are checked and printed without a Date; anything else as Date.UTC reads it.
  if (isPlainYear(year) && Number.isInteger(month) && Number.isInteger(day)) {
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
    // Every row of a sheet names the same few periods: each is one shared text, not a copy per row.
    const key = year * 10000 + month * 100 + day;
    let printed = PRINTED_DATES.get(key);
    if (printed === undefined) {
      if (PRINTED_DATES.size >= PRINTED_DATES_LIMIT) PRINTED_DATES.clear();
      PRINTED_DATES.set(key, (printed = `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`));
    }
    return printed;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** An Excel serial date (days since 1899-12-30) in a plausible range, as ISO. */
function excelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 20000 || serial > 80000) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
