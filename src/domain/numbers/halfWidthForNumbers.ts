import { toHalfWidth } from "../text/toHalfWidth";

/** Characters changed: full-width forms (toHalfWidth), minus signs and dashes, the small percent sign. */
const TO_CHANGE = /[\u3000\uff01-\uff5e\u2212\ufe63\u2013\ufe6a]/;

/**
 * A text as findNumbers reads it, character for character (same length, same positions): full-width forms half-width,
 * the minus sign (−), the small hyphen (﹣) and the en dash (–) as "-", the small percent sign (﹪) as "%". A text with
 * none of these comes back as it is.
 * @example halfWidthForNumbers("１２６．６％") // "126.6%"
 * @example halfWidthForNumbers("增长−2﹪") // "增长-2%"
 */
export function halfWidthForNumbers(text: string): string {
  if (!TO_CHANGE.test(text)) return text;
  return toHalfWidth(text).replace(/[\u2212\ufe63\u2013]/g, "-").replace(/\ufe6a/g, "%");
}
