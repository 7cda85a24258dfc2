const ARABIC = /([+-])?(\d{1,3}(?:[,，]\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)(\.\d+)?(?:[eE]([+-]?\d{1,3})(?!\d))?/y;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;

/** Characters after a run of digits that may group it (1,700, 1 700) or give it an exponent (1.4386E+11). */
const GROUPING_OR_EXPONENT = new Set([..." ,，\u00a0\u2009\u202feE"].map((ch) => ch.charCodeAt(0)));

/**
 * The figure written in digits at `i` of a half-width text, maybe signed: grouped (1,700, 1，700, 1 700), with decimals
 * (126.6) or an exponent (1.4386E+11, as Excel exports large figures). Its value, where it ends, and whether it has an
 * exponent; null when no digit starts there.
 * @example readDigits("完成投资126.6亿元", 4) // { value: 126.6, end: 9, scientific: false }
 * @example readDigits("1,700亿元", 0) // { value: 1700, end: 5, scientific: false }
 */
export function readDigits(s: string, i: number): { value: number; end: number; scientific: boolean } | null {
  const first = s.charCodeAt(i);
  const digitsStart = first === PLUS || first === MINUS ? i + 1 : i;
  let end = digitsStart;
  while (isDigitCode(s.charCodeAt(end))) end++;
  if (!GROUPING_OR_EXPONENT.has(s.charCodeAt(end))) {
    // Most figures are plain digits with maybe decimals (126.6): read without the pattern below.
    if (s.charCodeAt(end) === DOT && isDigitCode(s.charCodeAt(end + 1))) for (end += 2; isDigitCode(s.charCodeAt(end)); end++);
    if (!GROUPING_OR_EXPONENT.has(s.charCodeAt(end)) && end > digitsStart) {
      const magnitude = Number(s.slice(digitsStart, end));
      return { value: first === MINUS ? -magnitude : magnitude, end, scientific: false };
    }
  }
  ARABIC.lastIndex = i;
  const match = ARABIC.exec(s);
  if (match === null) return null;
  const sign = match[1] === "-" ? -1 : 1;
  const exponent = match[4] === undefined ? "" : `e${match[4]}`; // 1.4386E+11, as Excel exports large figures
  const value = sign * Number(match[2].replace(/[,，\s\u00a0\u2009\u202f]/g, "") + (match[3] ?? "") + exponent);
  return { value, end: ARABIC.lastIndex, scientific: exponent !== "" };
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

