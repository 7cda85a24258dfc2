import { leadingIsoDate } from "./leadingIsoDate";
import { parseAsOf } from "./parseAsOf";
import type { Language } from "../language";

/**
 * An ISO date as written in Chinese documents; other text is returned as it is.
 * @example chineseDate("2009-10-31") // "2009年10月31日"
 * @example chineseDate("2011-12-31", "en") // "2011-12-31"
 */
export function chineseDate(iso: string, lang: Language = "zh"): string {
  if (leadingIsoDate(iso.trim())?.rest !== "") return iso;
  if (lang === "en") return iso.trim();
  const { year, month, day } = parseAsOf(iso);
  return `${year}年${month}月${day}日`;
}
