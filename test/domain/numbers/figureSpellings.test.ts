import fc from "fast-check";
import { findNumbers } from "../../../src/domain/numbers/findNumbers";
import { convertUnit } from "../../../src/domain/units/convertUnit";

/** The spellings of one figure that departments and Excel exports use (1438.6亿元 as 1,438.6 / 1 438.6 / 1，438.6 / 1.4386E+11元 …). */
const UNITS = ["亿元", "万元", "元", "万人", "个", "公里", "万美元", "万立方米", "万千瓦", "千公顷", "%"];
const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
const CHINESE_DIGITS = "零一二三四五六七八九";

function grouped(value: number, separator: string): string {
  const [whole, fraction] = String(value).split(".");
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return fraction === undefined ? groups : `${groups}.${fraction}`;
}

/** 一万二千三百四十五 for 12345 (whole numbers below 10⁸), as a clerk writes it. */
function chinese(value: number): string {
  const below10k = (n: number): string => {
    const places = ["千", "百", "十", ""];
    let out = "";
    let zero = false;
    [1000, 100, 10, 1].forEach((size, index) => {
      const digit = Math.floor(n / size) % 10;
      if (digit === 0) {
        zero = out !== "";
        return;
      }
      if (zero) out += "零";
      zero = false;
      out += CHINESE_DIGITS[digit] + places[index];
    });
    return out;
  };
  if (value === 0) return "零";
  const high = Math.floor(value / 10_000);
  const low = value % 10_000;
  if (high === 0) return below10k(low).replace(/^一十/, "十");
  return `${below10k(high)}万${low === 0 ? "" : (low < 1000 ? "零" : "") + below10k(low)}`;
}

/** Every supported spelling of `value` in `unit`, with the unit each spelling is written in. */
function spellings(value: number, unit: string): { text: string; unit: string; value: number; chinese?: boolean }[] {
  const plain = String(value);
  const out: { text: string; unit: string; value: number; chinese?: boolean }[] = [
    { text: `${plain}${unit}`, unit, value },
    { text: `${grouped(value, ",")}${unit}`, unit, value },
    { text: `${grouped(value, "，")}${unit}`, unit, value },
    { text: `${grouped(value, " ")}${unit}`, unit, value },
    { text: `${grouped(value, "\u2009")}${unit}`, unit, value },
    { text: `${[...plain].map((ch) => (/\d/.test(ch) ? FULL_WIDTH_DIGITS[Number(ch)] : ch === "." ? "．" : ch)).join("")}${unit === "%" ? "％" : unit}`, unit, value },
    { text: `约${plain}${unit}`, unit, value },
  ];
  // Chinese numerals as written: below 10⁸, below 10⁴ before 万/亿 (三千五百万元), never before 千 (二十四千公顷 is not Chinese).
  const chineseWritten = Number.isInteger(value) && value >= 1 && value < (/^(万|亿)/.test(unit) ? 1e4 : 1e8) && unit !== "%" && !unit.startsWith("千");
  if (chineseWritten) out.push({ text: `${chinese(value)}${unit}`, unit, value, chinese: true });
  // Excel's scientific notation, in the unit's base (亿元 → 元): 1.4386E+11元.
  const base = unit.replace(/^(亿|万|千)/, "");
  const factor = convertUnit(1, unit, base);
  if (factor !== null && base !== unit && value > 0) {
    const scientific = (value * factor).toExponential().toUpperCase();
    out.push({ text: `${scientific}${base}`, unit: base, value: value * factor });
  }
  return out;
}

describe("a figure in every supported spelling", () => {
  it("parses back to the same value and unit", () => {
    const amount = fc.integer({ min: 0, max: 99_999_999 }).chain((whole) =>
      fc.constantFrom(0, 1, 2).map((decimals) => (decimals === 0 ? whole : whole / 10 ** decimals)),
    );
    fc.assert(
      fc.property(amount, fc.constantFrom(...UNITS), (value, unit) => {
        for (const spelling of spellings(value, unit)) {
          const mentions = findNumbers(spelling.text);
          expect({ text: spelling.text, count: mentions.length }).toEqual({ text: spelling.text, count: 1 });
          const [mention] = mentions;
          // 三千公顷 reads as 3000 公顷 or 3 千公顷 alike: a Chinese numeral's unit may take its 千, the quantity is the same.
          if (!spelling.chinese) expect({ text: spelling.text, unit: mention.unit }).toEqual({ text: spelling.text, unit: spelling.unit });
          const back = convertUnit(mention.value, mention.unit, unit) ?? Number.NaN;
          expect({ text: spelling.text, close: Math.abs(back - value) <= Math.abs(value) * 1e-9 + 1e-9 }).toEqual({ text: spelling.text, close: true });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("quotes real spellings: 1.4386E+11元 is 1438.6亿元", () => {
    const [excel] = findNumbers("1.4386E+11元");
    expect(convertUnit(excel.value, excel.unit, "亿元")).toBeCloseTo(1438.6, 9);
    for (const text of ["1438.6亿元", "1,438.6亿元", "1 438.6亿元", "1，438.6亿元", "１４３８．６亿元"]) {
      expect(findNumbers(text).map((m) => [m.value, m.unit])).toEqual([[1438.6, "亿元"]]);
    }
  });
});
