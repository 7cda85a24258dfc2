import type { TargetQualifier } from "../evaluation";
import { matchUnit, type UnitMatch } from "../units/matchUnit";
import { UNIT_PREFIXES } from "../units/unitTable";
import { approximationWords } from "./approximationWords";
import { CHINESE_NUMERAL_CHARACTERS } from "./chineseNumeralCharacters";
import { chineseNumeralValue } from "./chineseNumeralValue";
import { halfWidthForNumbers } from "./halfWidthForNumbers";
import { joinRanges } from "./joinRanges";
import type { NumberMention } from "./numberMention";
import { readDigits } from "./readDigits";
import { readProportionWords } from "./readProportionWords";
import { readRemembered } from "./readRemembered";
import { unitFromNoun } from "./unitFromNoun";

export type { NumberMention } from "./numberMention";

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const POINT = "点".charCodeAt(0);
/** What a character can be, by its UTF-16 code (all are single code units): a Chinese numeral, the start of a number. */
const CHINESE_NUMERAL = 1;
const NUMBER_START = 2;
const CHARACTER_KINDS = (() => {
  const kinds = new Uint8Array(0x10000);
  for (const ch of CHINESE_NUMERAL_CHARACTERS) kinds[ch.charCodeAt(0)] |= CHINESE_NUMERAL | NUMBER_START;
  // The characters a number or a share in words can start with; scanning skips every other one at once.
  for (const ch of "0123456789+-.点过半") kinds[ch.charCodeAt(0)] |= NUMBER_START;
  return kinds;
})();

/** Whether the character at `at` is a Chinese numeral (false outside the text). */
function isChineseNumeralAt(s: string, at: number): boolean {
  return at >= 0 && at < s.length && (CHARACTER_KINDS[s.charCodeAt(at)] & CHINESE_NUMERAL) !== 0;
}

/**
 * Find every number in a sentence as clerks write them: half- or full-width digits and signs (１２６.６, ％, －),
 * thousands separators (1,700 / 1，700), Chinese numerals (二十五, 两千, 一百零五, 三千五百万), a multiplier
 * (1.2万 = 12000, while 1.2万人 is 1.2 in 万人), approximations (约, 近, 超过, 以上, 左右, 以内, 余) and
 * percentage points (个百分点). Ordinals (第三) and lone Chinese numerals that are words (一批, 万众) are left out.
 * @example findNumbers("全省8个在建铁路项目共完成投资126.6亿元")
 * // [{ value: 8, unit: "个", … }, { value: 126.6, unit: "亿元", start: 16, end: 23, … }]
 * @example findNumbers("城镇登记失业率控制在4.5%以内")[0] // { value: 4.5, unit: "%", approximation: "以内", qualifier: "at-most", … }
 */
export function findNumbers(text: string): readonly Readonly<NumberMention>[] {
  return readRemembered(text, readNumbers);
}

function readNumbers(text: string): NumberMention[] {
  const s = halfWidthForNumbers(text);
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < s.length) {
    if ((CHARACTER_KINDS[s.charCodeAt(i)] & NUMBER_START) === 0) {
      i++;
      continue;
    }
    const found = readArabic(s, i) ?? readProportion(s, i) ?? readChinese(s, i);
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
  return joinRanges(text, mentions);
}

/** 八成, 三分之二, 过半 (not after another numeral: 三五成群 is no share). */
function readProportion(s: string, i: number): Found | null {
  if (isChineseNumeralAt(s, i - 1)) return null;
  const words = readProportionWords(s, i);
  return words === null ? null : proportionFound(i, words);
}

interface RawMention {
  numberStart: number;
  value: number;
  unit: UnitMatch | null;
  unitEnd: number;
  middle: string | null;
  chinese: boolean;
  numeralEnd: number;
  /** The noun a bare 万/亿 took its unit from. */
  noun?: string;
  /** A share written in words (八成, 三分之二, 过半). */
  words?: NonNullable<ReturnType<typeof readProportionWords>>;
}

interface Found {
  mention: RawMention | null;
  /** Where scanning goes on. */
  next: number;
}

function skipSpaces(s: string, from: number): number {
  let at = from;
  for (let code = s.charCodeAt(at); code === 0x20 || code === 0x09 || code === 0xa0; code = s.charCodeAt(++at));
  return at;
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
  const digits = readDigits(s, i);
  if (digits === null) return null;
  const numberEnd = digits.end;
  let value = digits.value;
  const tenths = digits.scientific || !(s[numberEnd] === "成" || s.startsWith("分之", numberEnd)) ? null : readProportionWords(s, i);
  if (tenths !== null) return proportionFound(i, tenths);
  const after = readUnit(s, numberEnd, true);
  value *= after.multiplier;
  const mention: RawMention = {
    numberStart: i,
    value,
    unit: after.unit,
    unitEnd: after.end,
    middle: after.middle,
    chinese: false,
    numeralEnd: after.numeralEnd,
  };
  if (after.unit === null && after.multiplier >= 1e4) {
    // 减少农村贫困人口1000万以上, 1万贫困人口: the noun says what the bare 万 counts.
    const noun = unitFromNoun(s.slice(Math.max(0, i - 16), i), s.slice(after.end, after.end + 8));
    const unit = noun === null ? null : matchUnit(s.slice(numberEnd, after.end) + noun.unit, 0);
    if (noun !== null && unit !== null && unit.prefix !== "") {
      mention.value = value / (UNIT_PREFIXES.get(unit.prefix) ?? 1);
      mention.unit = { ...unit, end: after.end };
      mention.noun = noun.noun;
    }
  }
  return { mention, next: after.end };
}

function proportionFound(i: number, words: NonNullable<ReturnType<typeof readProportionWords>>): Found {
  const unit = matchUnit("%", 0);
  return {
    mention: { numberStart: i, value: words.percent, unit, unitEnd: words.end, middle: null, chinese: false, numeralEnd: words.end, words },
    next: words.end,
  };
}

function chineseRun(s: string, from: number): number {
  let end = from;
  while (end < s.length) {
    if (isChineseNumeralAt(s, end)) end++;
    else if (s.charCodeAt(end) === POINT && end > from && isChineseNumeralAt(s, end + 1)) end++;
    else break;
  }
  return end;
}

function readChinese(s: string, i: number): Found | null {
  if (!isChineseNumeralAt(s, i)) return null;
  if (isChineseNumeralAt(s, i - 1)) return null;
  const runEnd = chineseRun(s, i);
  const run = s.slice(i, runEnd);
  const last = run[run.length - 1];
  // 万元, 亿元以上, 万众: a unit or a word — but 十公里 is ten.
  if (run.length === 1 && run in MULTIPLIERS && !(run === "十" && readUnit(s, runEnd, false).unit !== null)) return { mention: null, next: runEnd };
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
  const { before, after } = approximationWords(s, raw.numberStart, raw.unitEnd);
  const start = before?.start ?? raw.numberStart;
  const end = after?.end ?? raw.unitEnd;
  let approximation: string | null = before?.word ?? null;
  let qualifier: TargetQualifier = before?.qualifier ?? "exact";
  if (raw.middle !== null) {
    approximation = raw.middle;
    qualifier = "at-least";
  }
  if (raw.words?.approximation) {
    approximation = raw.words.approximation;
    qualifier = raw.words.qualifier;
  }
  if (after !== null) {
    approximation = after.word;
    qualifier = after.qualifier;
  }
  const unit = raw.unit?.unit ?? "";
  const mention: NumberMention = {
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
  if (raw.noun !== undefined) mention.unitFromNoun = raw.noun;
  return mention;
}
