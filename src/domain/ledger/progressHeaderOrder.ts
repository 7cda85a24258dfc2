import { toHalfWidth } from "../text/toHalfWidth";

const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Whether a ledger header is a period's progress column, and where it sorts: month × 100 + day
 * (a whole month counts as day 31). Accepts the ways real ledgers write it — 1-10月推进情况,
 * 1–11月推进情况, 1至10月进展情况, 10月完成情况, 截至10月15日推进情况 — and the English headers.
 * @example progressHeaderOrder("1–11月推进情况") // 1131
 * @example progressHeaderOrder("截至10月15日推进情况") // 1015
 * @example progressHeaderOrder("备注") // null
 */
export function progressHeaderOrder(header: string): number | null {
  const text = toHalfWidth(header).replace(/\s+/g, "");
  const range = /^(?:\d{4}年)?(?:1[-–—~至到])?(\d{1,2})月(?:份)?(?:底|末)?(?:推进|进展|完成|进度)情况$/.exec(text);
  if (range) return monthDay(Number(range[1]), 31);
  const date = /^截[至止](?:\d{4}年)?(\d{1,2})月(\d{1,2})日(?:推进|进展|完成|进度)情况$/.exec(text);
  if (date) return monthDay(Number(date[1]), Number(date[2]));
  const english = /^Progress(?:Jan(?:–|-)?)?([A-Za-z]{3})?$/.exec(text);
  if (english) return monthDay(english[1] ? MONTHS_EN.indexOf(english[1].toLowerCase()) + 1 : 1, 31);
  const englishDate = /^Progressto(\d{1,2})([A-Za-z]{3})$/.exec(text);
  if (englishDate) return monthDay(MONTHS_EN.indexOf(englishDate[2].toLowerCase()) + 1, Number(englishDate[1]));
  return null;
}

function monthDay(month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return month * 100 + day;
}
