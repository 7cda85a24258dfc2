/**
 * Convert full-width ASCII forms (digits, letters, ％, ＋, －, ．, full-width space) to half-width.
 * Chinese punctuation such as 、，（） is left as it is: it carries meaning in department lists.
 * @example toHalfWidth("１２６．６％") // "126.6%"
 */
export function toHalfWidth(text: string): string {
  // Most texts have no full-width form at all: they come back as they are, without a copy.
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, (ch) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))) : text;
}

/** The forms converted: the ideographic space, digits, Latin letters and ％＋－．／＝＠＿＊. */
const FULL_WIDTH_FORMS = "\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％＋－．／＝＠＿＊";
const FULL_WIDTH = new RegExp(`[${FULL_WIDTH_FORMS}]`);
const FULL_WIDTH_ALL = new RegExp(`[${FULL_WIDTH_FORMS}]`, "g");
