/**
 * The unit vocabulary of plans and progress reports: base words with their dimension and factor,
 * and the magnitude prefixes (万, 亿, …) that may stand before them (万元, 亿立方米, 万套).
 *
 * Dimensions group units that convert into one another. Physical measures share a dimension
 * (亩, 公顷 and 平方米 are all area); counts (个、项、套、户、家、所 …) each form their own
 * dimension, so that 个 never converts to 项 — they "compare only with the same word".
 */

export interface UnitBase {
  /** The canonical word, e.g. "公里" for 千米. */
  canonical: string;
  /** Units with the same dimension convert into one another. */
  dimension: string;
  /** Factor to the dimension's reference unit (平方米 for area, 吨 for mass, …). */
  factor: number;
  /** Magnitude prefixes allowed before the word (万元 yes, 万% no). */
  prefixable: boolean;
  /** The word is a unit only after a magnitude prefix: 万方 is 万立方米, while 方 alone is a word (一方面). */
  prefixRequired?: boolean;
}

function base(canonical: string, dimension: string, factor = 1, prefixable = true): UnitBase {
  return { canonical, dimension, factor, prefixable };
}

function afterPrefixOnly(canonical: string, dimension: string, factor = 1): UnitBase {
  return { canonical, dimension, factor, prefixable: true, prefixRequired: true };
}

/** Count words: each compares only with itself (and its 万/亿 multiples). */
const COUNT_WORDS = [
  "个", "项", "套", "家", "所", "台", "座", "条", "件", "处", "户", "辆", "间", "张", "艘", "架", "头", "只",
  "株", "棵", "场", "次", "节", "枚", "篇", "部", "册", "栋", "幢", "宗", "例", "支", "类", "人次", "倍",
];

/** Written form → base. Longer forms are matched first. */
export const UNIT_BASES: ReadonlyMap<string, UnitBase> = new Map<string, UnitBase>([
  ["元", base("元", "money")],
  // other currencies: units of their own, never converted to 元 (no exchange rate is guessed)
  ["美元", base("美元", "money:USD")],
  ["欧元", base("欧元", "money:EUR")],
  ["港元", base("港元", "money:HKD")],
  ["港币", base("港元", "money:HKD")],
  ["日元", base("日元", "money:JPY")],
  ["英镑", base("英镑", "money:GBP")],
  ["人", base("人", "people")],
  ["名", base("人", "people")],
  // area: 1 公顷 = 10,000 平方米; 1 亩 = 1/15 公顷 (市亩, exact by definition)
  ["平方米", base("平方米", "area")],
  ["平米", base("平方米", "area")],
  ["㎡", base("平方米", "area")],
  ["平方公里", base("平方公里", "area", 1e6)],
  ["平方千米", base("平方公里", "area", 1e6)],
  ["公顷", base("公顷", "area", 1e4)],
  ["亩", base("亩", "area", 10000 / 15)],
  // 标准亩 (land quotas converted by quality) is not a plain 亩: it compares only with itself
  ["标准亩", base("标准亩", "standard-mu")],
  // length
  ["米", base("米", "length")],
  ["公里", base("公里", "length", 1000)],
  ["千米", base("公里", "length", 1000)],
  // mass: 1 斤 = 0.5 千克
  ["吨", base("吨", "mass")],
  ["千克", base("千克", "mass", 0.001)],
  ["公斤", base("千克", "mass", 0.001)],
  ["斤", base("斤", "mass", 0.0005)],
  ["吨标准煤", base("吨标准煤", "coal-equivalent")],
  ["吨标煤", base("吨标准煤", "coal-equivalent")],
  // volume, power, energy
  ["立方米", base("立方米", "volume")],
  ["立方", base("立方米", "volume")],
  ["方", afterPrefixOnly("立方米", "volume")], // 万方 = 万立方米 (earthworks, water)
  ["千瓦", base("千瓦", "power")],
  ["兆瓦", base("兆瓦", "power", 1000)],
  ["千瓦时", base("千瓦时", "energy")],
  // rates
  ["%", base("%", "percent", 1, false)],
  ["个百分点", base("个百分点", "percentage-points", 1, false)],
  ["百分点", base("个百分点", "percentage-points", 1, false)],
  // time (never a target's unit; recognised so that 1-10月 and 5年累计 are not read as amounts)
  ["年", base("年", "year", 1, false)],
  ["个月", base("月", "month", 1, false)],
  ["月", base("月", "month", 1, false)],
  ["日", base("日", "day", 1, false)],
  ["天", base("天", "day", 1, false)],
  ["季度", base("季度", "quarter", 1, false)],
  ["周", base("周", "week", 1, false)],
  ["小时", base("小时", "hour", 1, false)],
  ...COUNT_WORDS.map((word): [string, UnitBase] => [word, base(word, `count:${word}`)]),
]);

/** Magnitude prefixes and their factors. */
export const UNIT_PREFIXES: ReadonlyMap<string, number> = new Map<string, number>([
  ["", 1],
  ["十", 10],
  ["百", 100],
  ["千", 1000],
  ["万", 1e4],
  ["十万", 1e5],
  ["百万", 1e6],
  ["千万", 1e7],
  ["亿", 1e8],
  ["十亿", 1e9],
  ["百亿", 1e10],
  ["千亿", 1e11],
  ["万亿", 1e12],
]);

/** Dimensions that are units of time (periods, not quantities). */
export const TIME_DIMENSIONS: ReadonlySet<string> = new Set(["year", "month", "day", "quarter", "week", "hour"]);
