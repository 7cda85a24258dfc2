/** A number as Excel reads one typed into a cell: sign, thousands separators, decimals, exponent, percent, currency, (negative). */
const NUMBER = /^[+-]?[¥$￥€£]?\(?[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?\)?%?$/;
/** Dates and times Excel recognises in a Chinese or English locale: 2009-10-31, 2009/10/31, 10/31, 31-Oct, 2009年10月31日, 10月31日, 10:30. */
/** The first character of a text Excel would take as a formula, a boolean, a number or a date. */
const MAY_START_CONVERSION = /[0-9=+\-@tTfFeE¥$￥€£(.]/;
const MAY_START_CODES = new Set(Array.from("0123456789=+-@tTfFeE¥$￥€£(.", (ch) => ch.charCodeAt(0)));
/** Characters above U+0020 that String.prototype.trim removes (white space and line terminators). */
const MAY_BE_SPACE = new Set([0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const DATE_OR_TIME = [
  /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/,
  /^\d{1,4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/,
  /^\d{1,2}\s*月\s*\d{1,2}\s*日$/,
  /^\d{1,2}[-\s](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*([-\s]\d{2,4})?$/i,
  /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i,
];

/**
 * Whether Excel would turn this text into something else if it were entered into a General cell: a formula (starts
 * with = + - @), a number ("0012", "1,200", "6%", "1E5", "(3)"), a date or time ("2009-10-31", "2009年10月", "10:30") or
 * a boolean. Only such cells get the text format "@" — on every string cell "@" makes desktop Excel show long text as
 * "#####". Either way text from the sheets is written back as text, never as a formula.
 * @example excelWouldConvert("=HYPERLINK(\"x\")") // true
 * @example excelWouldConvert("耕地保有量保持在553万公顷") // false
 */
export function excelWouldConvert(text: string): boolean {
  // Most text (工作任务, 推进情况) starts with a character no pattern below starts with: told apart without a copy.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0xd800 && !MAY_BE_SPACE.has(first) && !MAY_START_CODES.has(first)) return false;
  // Digits only (a 序号, a figure written as text): a number to Excel.
  if (isDigits(text)) return true;
  const trimmed = text.trim();
  if (trimmed === "") return false;
  // Every pattern below starts with one of these characters: most text (工作任务, 推进情况) is told apart at once.
  if (!MAY_START_CONVERSION.test(trimmed[0])) return false;
  if (/^[=+\-@]/.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  if (/\d/.test(trimmed) && NUMBER.test(trimmed.replace(/\s/g, ""))) return true;
  return DATE_OR_TIME.some((pattern) => pattern.test(trimmed));
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
