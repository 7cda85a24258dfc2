/** Digit characters of Chinese numerals, including the financial (大写) forms and the ○ of written years. */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, "○": 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * The value of a whole Chinese numeral, or null when the text is not one.
 * Reads positional numerals (二十五, 一百零五, 两千, 三千五百万, 十二), digit strings (二○○七 → 2007),
 * the colloquial trailing digit (一万二 → 12000, 三千五 → 3500) and a decimal part with 点 (一点五 → 1.5).
 * @example chineseNumeralValue("一百零五") // 105
 * @example chineseNumeralValue("三千五百万") // 35000000
 * @example chineseNumeralValue("二○○七") // 2007
 * @example chineseNumeralValue("三四百") // null (a range, not a number)
 */
export function chineseNumeralValue(text: string): number | null {
  if (text === "") return null;
  const point = text.indexOf("点");
  if (point >= 0) {
    const whole = chineseNumeralValue(text.slice(0, point));
    const fraction = text.slice(point + 1);
    if (whole === null || fraction === "") return null;
    let digits = "";
    for (const ch of fraction) {
      if (!(ch in DIGITS)) return null;
      digits += String(DIGITS[ch]);
    }
    return Number(`${whole}.${digits}`);
  }
  const chars = [...text];
  if (chars.every((ch) => ch in DIGITS)) {
    return chars.length === 1 || chars[0] !== "零" ? Number(chars.map((ch) => DIGITS[ch]).join("")) : null;
  }
  return positionalValue(chars);
}

function positionalValue(chars: string[]): number | null {
  let total = 0; // the part above 亿, already multiplied
  let wan = 0; // the 万 part, already multiplied
  let section = 0; // below 万
  let digit: number | null = null;
  let previous: "digit" | "zero" | "unit" | null = null;
  let lastUnit = 0;
  for (const ch of chars) {
    if (ch in DIGITS) {
      const value = DIGITS[ch];
      if (value === 0) {
        if (digit !== null) return null;
        previous = "zero";
        continue;
      }
      if (digit !== null) return null; // 三四百: two digits in a row
      digit = value;
      previous = "digit";
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch];
      if (digit === null && !(previous === null || (previous === "zero" && unit === 10))) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      previous = "unit";
      lastUnit = unit;
    } else if (ch in LARGE_UNITS) {
      const part = section + (digit ?? 0);
      if (ch === "万") {
        if (wan !== 0) return null;
        wan = (part === 0 ? 1 : part) * 1e4;
      } else {
        const above = total + wan + part;
        total = (above === 0 ? 1 : above) * 1e8;
        wan = 0;
      }
      section = 0;
      digit = null;
      previous = "unit";
      lastUnit = LARGE_UNITS[ch];
    } else return null;
  }
  let tail = digit ?? 0;
  // 一万二 = 12000, 三千五 = 3500: a last digit straight after a unit counts in the next lower place.
  if (digit !== null && previous === "digit" && lastUnit >= 100 && chars.length >= 3) {
    const beforeLast = chars[chars.length - 2];
    if (beforeLast in SMALL_UNITS || beforeLast in LARGE_UNITS) tail = digit * (lastUnit / 10);
  }
  return total + wan + section + tail;
}
