import type { TargetQualifier } from "../evaluation";
import { toHalfWidth } from "../text/toHalfWidth";
import { matchUnit, type UnitMatch } from "../units/matchUnit";
import { chineseNumeralValue } from "./chineseNumeralValue";

/** A number found in a sentence, with the unit that follows it and the words that qualify it. */
export interface NumberMention {
  /** The value in `unit`: 126.6 for 126.6亿元, 1.2 for 1.2万人, 12000 for a bare 1.2万, 85.1 for 85.1%. */
  value: number;
  /** The unit that follows, normalised ("亿元", "万人", "%", "个百分点", "个", "月"); "" when none. */
  unit: string;
  /** The unit as written ("千米", "％" becomes "%"). */
  rawUnit: string;
  /** Index of the mention in the text (an approximation word before the number included). */
  start: number;
  /** Index just after the mention (unit and an approximation word after it included). */
  end: number;
  /** The text of the mention, as written. */
  text: string;
  /** The approximation word: 约, 近, 超过, 以上, 左右, 以内, 余 …; null when the figure is exact. */
  approximation: string | null;
  /** What the approximation means: about (约, 左右), at-least (超过, 以上), at-most (以内, 以下), or exact. */
  qualifier: TargetQualifier;
  /** True for 个百分点 (percentage points), which never convert to %. */
  percentagePoints: boolean;
  /** True when written in Chinese numerals (二十五, 两千). */
  chinese: boolean;
  /** The number alone as written, without unit or approximation words ("１２６.６", "三千五百", "1.2万"). */
  numeral: string;
}

const BEFORE_WORDS: [string, TargetQualifier][] = [
  ["不低于", "at-least"], ["不少于", "at-least"], ["不超过", "at-most"], ["不高于", "at-most"],
  ["大约", "about"], ["将近", "about"], ["接近", "about"], ["超过", "at-least"], ["突破", "at-least"],
  ["高于", "at-least"], ["低于", "at-most"], ["少于", "at-most"],
  ["约", "about"], ["近", "about"], ["超", "at-least"], ["逾", "at-least"],
];
const AFTER_WORDS: [string, TargetQualifier][] = [
  ["以上", "at-least"], ["以下", "at-most"], ["以内", "at-most"], ["之内", "at-most"], ["左右", "about"], ["上下", "about"],
];
/** 近 is no approximation in 最近, 附近, 就近, 邻近, 靠近. */
const NOT_BEFORE_NEAR = new Set(["最", "附", "就", "邻", "靠", "将", "接"]);
const CHINESE_NUMERAL_CHARS = new Set([..."零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿"]);
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const ARABIC = /([+-])?(\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(\.\d+)?/y;
const SPACES = /[ \t\u00a0]*/y;

/**
 * Find every number in a sentence as clerks write them: half- or full-width digits and signs (１２６.６, ％, －),
 * thousands separators (1,700 / 1，700), Chinese numerals (二十五, 两千, 一百零五, 三千五百万), a multiplier
 * (1.2万 = 12000, while 1.2万人 is 1.2 in 万人), approximations (约, 近, 超过, 以上, 左右, 以内, 余) and
 * percentage points (个百分点). Ordinals (第三) and lone Chinese numerals that are words (一批, 万众) are left out.
 * @example findNumbers("全省8个在建铁路项目共完成投资126.6亿元")
 * // [{ value: 8, unit: "个", … }, { value: 126.6, unit: "亿元", start: 16, end: 23, … }]
 * @example findNumbers("城镇登记失业率控制在4.5%以内")[0] // { value: 4.5, unit: "%", approximation: "以内", qualifier: "at-most", … }
 */
export function findNumbers(text: string): NumberMention[] {
  const s = prepare(text);
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < s.length) {
    const found = readArabic(s, i) ?? readPercentWords(s, i) ?? readChinese(s, i);
    if (found === null) {
      i++;
      continue;
    }
    // A figure too large for a number (400 nines, 1e309) is no figure: it would become Infinity in every sum.
    if (found.mention !== null && s[found.mention.numberStart - 1] !== "第" && Number.isFinite(found.mention.value)) {
      mentions.push(finish(text, s, found.mention));
    }
    i = Math.max(found.next, i + 1);
  }
  return mentions;
}

interface RawMention {
  numberStart: number;
  value: number;
  unit: UnitMatch | null;
  unitEnd: number;
  middle: string | null;
  chinese: boolean;
  numeralEnd: number;
}

interface Found {
  mention: RawMention | null;
  /** Where scanning goes on. */
  next: number;
}

function prepare(text: string): string {
  return toHalfWidth(text).replace(/[\u2212\ufe63\u2013]/g, "-").replace(/\ufe6a/g, "%");
}

function skipSpaces(s: string, from: number): number {
  SPACES.lastIndex = from;
  SPACES.exec(s);
  return SPACES.lastIndex;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function readArabic(s: string, i: number): Found | null {
  const ch = s[i];
  const signed = (ch === "-" || ch === "+") && isDigit(s[i + 1]);
  if (!isDigit(ch) && !signed) return null;
  const before = s[i - 1];
  if (signed && before !== undefined && /[\dA-Za-z.%)）]/.test(before)) return null; // 1-10月: a dash, not a sign
  if (isDigit(before) || before === ".") return { mention: null, next: i + 1 };
  ARABIC.lastIndex = i;
  const match = ARABIC.exec(s);
  if (match === null) return null;
  const sign = match[1] === "-" ? -1 : 1;
  let value = sign * Number(match[2].replace(/[,，]/g, "") + (match[3] ?? ""));
  const numberEnd = ARABIC.lastIndex;
  const after = readUnit(s, numberEnd, true);
  value *= after.multiplier;
  return {
    mention: {
      numberStart: i,
      value,
      unit: after.unit,
      unitEnd: after.end,
      middle: after.middle,
      chinese: false,
      numeralEnd: after.numeralEnd,
    },
    next: after.end,
  };
}

/** 百分之八十 / 百分之80 → 80%. */
function readPercentWords(s: string, i: number): Found | null {
  if (!s.startsWith("百分之", i)) return null;
  let end = i + 3;
  let value: number | null;
  let chinese = true;
  if (isDigit(s[end])) {
    const match = /\d+(\.\d+)?/y;
    match.lastIndex = end;
    const digits = match.exec(s);
    value = digits === null ? null : Number(digits[0]);
    end = match.lastIndex;
    chinese = false;
  } else {
    const run = chineseRun(s, end);
    value = chineseNumeralValue(s.slice(end, run));
    end = run;
  }
  if (value === null || end === i + 3) return { mention: null, next: i + 3 };
  const unit = matchUnit("%", 0);
  return { mention: { numberStart: i, value, unit, unitEnd: end, middle: null, chinese, numeralEnd: end }, next: end };
}

function chineseRun(s: string, from: number): number {
  let end = from;
  while (end < s.length) {
    const ch = s[end];
    if (CHINESE_NUMERAL_CHARS.has(ch)) end++;
    else if (ch === "点" && end > from && CHINESE_NUMERAL_CHARS.has(s[end + 1] ?? "")) end++;
    else break;
  }
  return end;
}

function readChinese(s: string, i: number): Found | null {
  if (!CHINESE_NUMERAL_CHARS.has(s[i])) return null;
  if (i > 0 && CHINESE_NUMERAL_CHARS.has(s[i - 1])) return null;
  const runEnd = chineseRun(s, i);
  const run = s.slice(i, runEnd);
  const last = run[run.length - 1];
  if (run.length === 1 && run in MULTIPLIERS) return { mention: null, next: runEnd }; // 万元, 亿元以上, 万众: a unit or a word
  const candidates: { numeralEnd: number; unit: UnitMatch | null }[] = [];
  if (run.length > 1 && last in MULTIPLIERS) {
    const unitWithLast = matchUnit(s, runEnd - 1);
    const plain = readUnit(s, runEnd, false).unit;
    const largeLast = last === "万" || last === "亿";
    // 三千五百万元 → 3500 万元; 五千瓦 → 5 千瓦; but 两千人 → 2000 人.
    if (unitWithLast !== null && (largeLast || plain === null)) candidates.push({ numeralEnd: runEnd - 1, unit: unitWithLast });
  }
  candidates.push({ numeralEnd: runEnd, unit: null });
  for (const candidate of candidates) {
    const numeral = s.slice(i, candidate.numeralEnd);
    const value = chineseNumeralValue(numeral);
    if (value === null) continue;
    if (candidate.unit !== null) {
      return {
        mention: {
          numberStart: i,
          value,
          unit: candidate.unit,
          unitEnd: candidate.unit.end,
          middle: null,
          chinese: true,
          numeralEnd: candidate.numeralEnd,
        },
        next: candidate.unit.end,
      };
    }
    const after = readUnit(s, runEnd, false);
    if ([...numeral].length === 1 && after.unit === null) return { mention: null, next: runEnd }; // 一批, 万众, 千方百计
    return {
      mention: {
        numberStart: i,
        value,
        unit: after.unit,
        unitEnd: after.end,
        middle: after.middle,
        chinese: true,
        numeralEnd: runEnd,
      },
      next: after.end,
    };
  }
  return { mention: null, next: runEnd };
}

/** The unit after a number, maybe after 余/多 (50余万人次) and, for digits, a multiplier (1.2万, 3千万). */
function readUnit(
  s: string,
  numberEnd: number,
  allowMultiplier: boolean,
): { unit: UnitMatch | null; end: number; multiplier: number; middle: string | null; numeralEnd: number } {
  let at = skipSpaces(s, numberEnd);
  let middle: string | null = null;
  if (s[at] === "余" || s[at] === "多") {
    middle = s[at];
    at++;
  }
  const unit = matchUnit(s, at);
  if (unit !== null) return { unit, end: unit.end, multiplier: 1, middle, numeralEnd: numberEnd };
  if (allowMultiplier && middle === null) {
    let end = numberEnd;
    let multiplier = 1;
    while (end < s.length && s[end] in MULTIPLIERS) multiplier *= MULTIPLIERS[s[end++]];
    if (end > numberEnd) {
      const later = matchUnit(s, end);
      if (later !== null && later.prefix === "") return { unit: later, end: later.end, multiplier, middle, numeralEnd: end };
      return { unit: null, end, multiplier, middle, numeralEnd: end };
    }
  }
  return { unit: null, end: middle === null ? numberEnd : at, multiplier: 1, middle, numeralEnd: numberEnd };
}

function finish(text: string, s: string, raw: RawMention): NumberMention {
  let start = raw.numberStart;
  let end = raw.unitEnd;
  let approximation: string | null = null;
  let qualifier: TargetQualifier = "exact";
  const beforeAt = skipBackSpaces(s, raw.numberStart);
  for (const [word, meaning] of BEFORE_WORDS) {
    if (beforeAt - word.length < 0 || s.slice(beforeAt - word.length, beforeAt) !== word) continue;
    if (word === "近" && NOT_BEFORE_NEAR.has(s[beforeAt - 2] ?? "")) continue;
    approximation = word;
    qualifier = meaning;
    start = beforeAt - word.length;
    break;
  }
  if (raw.middle !== null) {
    approximation = raw.middle;
    qualifier = "at-least";
  }
  const afterAt = skipSpaces(s, raw.unitEnd);
  for (const [word, meaning] of AFTER_WORDS) {
    if (!s.startsWith(word, afterAt)) continue;
    approximation = word;
    qualifier = meaning;
    end = afterAt + word.length;
    break;
  }
  const unit = raw.unit?.unit ?? "";
  return {
    value: raw.value,
    unit,
    rawUnit: raw.unit?.raw ?? "",
    start,
    end,
    text: text.slice(start, end),
    approximation,
    qualifier,
    percentagePoints: unit === "个百分点",
    chinese: raw.chinese,
    numeral: text.slice(raw.numberStart, raw.numeralEnd),
  };
}

function skipBackSpaces(s: string, from: number): number {
  let at = from;
  while (at > 0 && (s[at - 1] === " " || s[at - 1] === "\t" || s[at - 1] === "\u00a0")) at--;
  return at;
}
