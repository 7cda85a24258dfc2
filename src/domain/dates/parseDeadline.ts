import type { CellValue } from "../grid";
import { chineseNumeralValue } from "../numbers/chineseNumeralValue";
import { toHalfWidth } from "../text/toHalfWidth";
import { daysInMonth } from "./daysInMonth";

/** A 完成时限 cell read as a date. */
export interface DeadlineReading {
  /** ISO yyyy-mm-dd; null when the cell gives none (empty, 长期, 持续推进) or no year is known (12月底前 alone). */
  date: string | null;
  /** False when the cell holds a date that cannot exist (2011年13月, 2月30日) or is not a date Excel or a clerk would accept. */
  valid: boolean;
}

const NONE: DeadlineReading = { date: null, valid: true };
const INVALID: DeadlineReading = { date: null, valid: false };

/** Words that mean the task has no single deadline. */
const NO_DEADLINE = /长期|持续|常年|常态|经常性|每年|每月|每季|每周|按月|按季|按年|逐年|适时|随时|分年度|分阶段|待定|另行|视情|无/;

/** Date expressions in a deadline cell, tried left to right; the last one found is the deadline. */
const DATE_TOKEN = new RegExp(
  [
    // 2011-12-31, 2011/12, 2011.12.31
    String.raw`(?<isoYear>\d{4})[-/.](?<isoMonth>\d{1,2})(?:[-/.](?<isoDay>\d{1,2}))?`,
    // 2011年12月31日, 2011年12月底, 12月底, 6月30日, 2011年第一季度, 2011年上半年
    String.raw`(?:(?<year>\d{4})年)?(?:(?<month>\d{1,2})月(?:份)?(?:(?<day>\d{1,2})[日号]|(?<part>上旬|中旬|下旬|底|末|初|中))?|第?(?<quarter>[1-4])季度|(?<half>上半年|下半年))`,
    // 2011年, 2011年底, 2011年度
    String.raw`(?<endYear>\d{4})年(?:底|末|内|度)?`,
    // 年底 / 年末 / 年内 (the table's year)
    String.raw`(?<yearWord>年底|年末|年内)`,
  ].join("|"),
  "g",
);

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fromSerial(serial: number): DeadlineReading {
  const days = Math.floor(serial);
  if (days < 1 || days > 2958465) return INVALID;
  // Excel's 1900 system counts a 29 February 1900 that did not exist.
  const epoch = days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const date = new Date(epoch + days * 86_400_000);
  return { date: iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()), valid: true };
}

/** Chinese numerals before 年/月/日/季度 as digits: 二〇一一年十二月底 → 2011年12月底; 一季度 → 1季度. */
function arabicNumerals(text: string): string {
  return text
    .replace(/[零〇○一二三四五六七八九十两]+(?=[年月日号]|季度)/g, (numeral) => {
      const value = chineseNumeralValue(numeral);
      return value === null ? numeral : String(value);
    });
}

/**
 * Read a 完成时限 cell: an Excel date serial, a Date, “2011年12月底”, “12月底前” (the table's year), “2011-12-31”,
 * “年底”, “2011年第一季度”, “上半年”, “2011-2015年” (end of the last year); “长期” / “持续推进” mean no deadline.
 * Of several dates in one cell (“6月底前完成方案，12月底前实施”) the last is the deadline. A month or day that
 * does not exist (2011年13月, 2月30日), or a cell that starts like a date but is none, is not valid.
 * @example parseDeadline("2011年12月底") // { date: "2011-12-31", valid: true }
 * @example parseDeadline("12月底前", { year: 2011 }) // { date: "2011-12-31", valid: true }
 * @example parseDeadline(40908) // { date: "2011-12-31", valid: true }
 * @example parseDeadline("2011年13月") // { date: null, valid: false }
 * @example parseDeadline("持续推进") // { date: null, valid: true }
 */
export function parseDeadline(value: CellValue | undefined, context: { year?: number } = {}): DeadlineReading {
  if (value === null || value === undefined || value === "") return NONE;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return INVALID;
    return { date: iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()), valid: true };
  }
  if (typeof value === "boolean") return INVALID;
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return { date: iso(value, 12, 31), valid: true };
    return fromSerial(value);
  }
  let text = arabicNumerals(toHalfWidth(value).replace(/[\s\u00a0]+/g, ""));
  if (text === "") return NONE;
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromSerial(Number(text));
  if (/^\d{4}$/.test(text)) return parseDeadline(Number(text), context);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) text = `${compact[1]}-${compact[2]}-${compact[3]}`;
  // A span of years ends with its last year: 2011-2015年 / 2011年至2015年 → 2015年.
  text = text.replace(/(\d{4})年?[-~～—–至到](\d{4})(年?)/g, (_, _from: string, to: string) => `${to}年`);

  let year = context.year;
  let found: DeadlineReading | null = null;
  for (const match of text.matchAll(DATE_TOKEN)) {
    const groups = match.groups ?? {};
    const writtenYear = groups.isoYear ?? groups.year ?? groups.endYear;
    if (writtenYear !== undefined) year = Number(writtenYear);
    if (year !== undefined && (year < 1900 || year > 2100)) return INVALID;
    let month: number;
    let day: number | "last";
    if (groups.isoMonth !== undefined) {
      month = Number(groups.isoMonth);
      day = groups.isoDay !== undefined ? Number(groups.isoDay) : "last";
    } else if (groups.month !== undefined) {
      month = Number(groups.month);
      const part = groups.part;
      day = groups.day !== undefined ? Number(groups.day) : part === "上旬" || part === "初" ? 10 : part === "中旬" || part === "中" ? 20 : "last";
    } else if (groups.quarter !== undefined) {
      month = Number(groups.quarter) * 3;
      day = "last";
    } else if (groups.half !== undefined) {
      month = groups.half === "上半年" ? 6 : 12;
      day = "last";
    } else {
      month = 12;
      day = "last";
    }
    if (month < 1 || month > 12) return INVALID;
    // Without a year, 2月29日 may exist: check against a leap year.
    const lastDay = daysInMonth({ year: year ?? 2000, month });
    if (day !== "last" && (day < 1 || day > lastDay)) return INVALID;
    found = year === undefined ? NONE : { date: iso(year, month, day === "last" ? lastDay : day), valid: true };
  }
  if (found !== null) return found;
  if (NO_DEADLINE.test(text)) return NONE;
  // Starts like a date but is none (2011年13, 2011/13/45, 2011-1a): a clerk would not accept it.
  if (/^\d{1,4}[年月日/.-]?\d/.test(text) || /^\d+$/.test(text)) return INVALID;
  return NONE;
}
