import { dayNumber } from "../dates/dayNumber";
import { daysInMonth } from "../dates/daysInMonth";
import { readIsoDate, type CalendarDate } from "../dates/readIsoDate";

export interface ExpectedProgressOptions {
  /** "months" (default): whole months elapsed ÷ 12; "days": days elapsed ÷ days in the year. */
  method?: "months" | "days";
  /** The task's deadline (完成时限), ISO; an earlier deadline in the year shortens the year, a later one is capped at the year end. */
  deadline?: string | null;
  /** First day of the plan year, ISO (default: 1 January of the as-of year). */
  yearStart?: string;
  /** For multi-year targets (5年累计): the first year of the plan, e.g. 2011. */
  planStartYear?: number;
  /** For multi-year targets: the number of years of the plan, e.g. 5. */
  planYears?: number;
}

/**
 * Expected progress (序时进度) at an as-of date, as a fraction from 0 to 1.
 * Default: whole months elapsed ÷ 12, the as-of month counting only when the date is its last day
 * (2009-10-31 → 10/12; 2009-11-15 → 10/12; 2009-11-30 → 11/12). Option "days": days elapsed (the as-of day
 * included) ÷ days in the year. A deadline within the year shortens it (due 06-30: 0.5 at the end of March,
 * 1 on 30 June); a deadline after the year end is capped at the year end; on and after the deadline, 1.
 * Multi-year plans (planStartYear, planYears): years elapsed (the current year's share by the same method) ÷ years.
 * Throws a RangeError for a malformed as-of date: callers validate the clerk's input first.
 * @example expectedProgress("2009-10-31") // 0.8333
 * @example expectedProgress("2009-03-31", { deadline: "2009-06-30" }) // 0.5
 * @example expectedProgress("2013-10-31", { planStartYear: 2011, planYears: 5 }) // (2 + 10/12) / 5 = 0.5667
 * Rule: docs/RULES.md, 序时进度 (expected progress).
 */
export function expectedProgress(asOf: string, options: ExpectedProgressOptions = {}): number {
  // Every task of a ledger is judged at one date, most of them with the same deadline: each case is worked out once.
  const { method, deadline, yearStart, planStartYear, planYears } = options;
  if (typeof asOf !== "string" || yearStart !== undefined || planStartYear !== undefined || planYears !== undefined) return computeExpectedProgress(asOf, options);
  // The as-of date's length tells where it ends; a missing deadline and a "null" one are both no date.
  const key = `${method ?? "months"}|${asOf.length}|${asOf}${deadline}`;
  let expected = COMPUTED.get(key);
  if (expected === undefined) {
    expected = computeExpectedProgress(asOf, options);
    if (COMPUTED.size >= COMPUTED_LIMIT) COMPUTED.clear();
    COMPUTED.set(key, expected);
  }
  return expected;
}

/** Expected progress by method, as-of date and deadline, for at most COMPUTED_LIMIT cases (it depends on them alone). */
const COMPUTED = new Map<string, number>();
const COMPUTED_LIMIT = 1024;

function computeExpectedProgress(asOf: string, options: ExpectedProgressOptions): number {
  const date = readIsoDate(asOf);
  if (date === null) {
    throw new RangeError(`截至日期“${asOf}”无效，应为 yyyy-mm-dd (invalid as-of date "${asOf}", expected yyyy-mm-dd)`);
  }
  const method = options.method ?? "months";
  const deadline = readIsoDate(options.deadline ?? null);
  if (deadline !== null && compare(date, deadline) >= 0) return 1;
  if (options.planYears !== undefined && options.planYears > 1 && options.planStartYear !== undefined) {
    const planEnd: CalendarDate = { year: options.planStartYear + options.planYears - 1, month: 12, day: 31 };
    if (compare(date, planEnd) >= 0) return 1;
    if (date.year < options.planStartYear) return 0;
    const yearShare = yearFraction(date, { year: date.year, month: 1, day: 1 }, null, method);
    const elapsed = date.year - options.planStartYear + yearShare;
    return clamp(elapsed / options.planYears);
  }
  const yearStart = readIsoDate(options.yearStart ?? null) ?? { year: date.year, month: 1, day: 1 };
  return yearFraction(date, yearStart, deadline, method);
}

/** Share of the year [yearStart, yearStart + 1 year) elapsed at `date`, the year ending early at `deadline`. */
function yearFraction(
  date: CalendarDate,
  yearStart: CalendarDate,
  deadline: CalendarDate | null,
  method: "months" | "days",
): number {
  const yearEnd = addDays({ year: yearStart.year + 1, month: yearStart.month, day: yearStart.day }, -1);
  if (deadline !== null && compare(deadline, yearStart) < 0) return 1;
  const end = deadline !== null && compare(deadline, yearEnd) < 0 ? deadline : yearEnd;
  if (compare(date, end) >= 0) return 1;
  if (compare(date, yearStart) < 0) return 0;
  if (method === "days") {
    const total = dayNumber(end) - dayNumber(yearStart) + 1;
    return clamp((dayNumber(date) - dayNumber(yearStart) + 1) / total);
  }
  const elapsed = monthsFrom(yearStart, date) + (isMonthEnd(date) ? 1 : 0);
  const total = monthsFrom(yearStart, end) + (isMonthEnd(end) ? 1 : end.day / daysInMonth(end));
  return total <= 0 ? 0 : clamp(elapsed / total);
}

function monthsFrom(start: CalendarDate, date: CalendarDate): number {
  return (date.year - start.year) * 12 + (date.month - start.month);
}

function isMonthEnd(date: CalendarDate): boolean {
  return date.day === daysInMonth(date);
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
