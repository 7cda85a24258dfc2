import { toHalfWidth } from "../text/toHalfWidth";
import { splitUnit } from "./splitUnit";

/**
 * Normalise a unit as written in a cell or a header: half-width, no spaces or brackets, no "单位：",
 * synonyms mapped (千米 → 公里, 名 → 人, 百分点 → 个百分点, 公斤 → 千克, ％ → %). An unknown word is
 * returned cleaned but otherwise as it is; an empty text gives "".
 * @example normalizeUnit("（单位：万元）") // "万元"
 * @example normalizeUnit("千米") // "公里"
 * @example normalizeUnit("万名") // "万人"
 */
export function normalizeUnit(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const cleaned = toHalfWidth(text)
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/[()（）[\]【】〔〕<>《》「」"“”'‘’]/g, "")
    .replace(/^单位[:：]?/, "")
    .replace(/人民币$/, "");
  const split = splitUnit(cleaned);
  const unit = split === null ? cleaned : split.unit;
  if (normalized.size >= 2000) normalized.clear();
  normalized.set(text, unit);
  return unit;
}

/** Units already normalised: a report of thousands of rows names the same few units again and again. */
const normalized = new Map<string, string>();
