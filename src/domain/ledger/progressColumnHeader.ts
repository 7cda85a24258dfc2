import { parseAsOf } from "../dates/parseAsOf";
import type { Language } from "../language";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Header of the period's progress column, as real ledgers write it: the months covered when the as-of
 * date ends a month (1-10月推进情况), else the date (截至10月15日推进情况).
 * @example progressColumnHeader("2009-10-31") // "1-10月推进情况"
 * @example progressColumnHeader("2009-01-31") // "1月推进情况"
 * @example progressColumnHeader("2009-10-15") // "截至10月15日推进情况"
 * @example progressColumnHeader("2009-10-31", "en") // "Progress Jan–Oct"
 */
export function progressColumnHeader(asOf: string, lang: Language = "zh"): string {
  const { month, day, monthEnd } = parseAsOf(asOf);
  if (lang === "en") {
    if (!monthEnd) return `Progress to ${day} ${MONTHS_EN[month - 1]}`;
    return month === 1 ? "Progress Jan" : `Progress Jan–${MONTHS_EN[month - 1]}`;
  }
  if (!monthEnd) return `截至${month}月${day}日推进情况`;
  return month === 1 ? "1月推进情况" : `1-${month}月推进情况`;
}
