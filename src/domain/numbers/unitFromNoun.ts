/**
 * Nouns that say what a bare 万 or 亿 counts when no unit is written (贫困人口1000万, 1万贫困人口, 完成投资1.2亿):
 * people and money. Foreign trade and foreign capital are left out, their currency is not said (利用外资1.5亿 may be
 * 美元); so are words that count households, projects or areas — a figure with those nouns keeps no unit.
 */
const NOUNS: [RegExp, string][] = [
  [/(人口|人员|劳动力|农民工|群众|居民|职工|学生|儿童|妇女|老人|老年人|患者|残疾人|人才|就业|脱贫|贫困人口)/, "人"],
  [/(投资|资金|收入|产值|营业收入|营收|销售额|税收|利润|增加值|生产总值|消费品零售总额|总额|金额|补助|补贴|奖补)/, "元"],
];
const FOREIGN = /(外资|外贸|进出口|出口|进口|美元|外汇)/;

/**
 * The unit that a bare 万/亿 figure counts, read from the noun next to it in its clause: the words straight after
 * it (1万贫困人口 → 人) or, failing those, the words before it (减少农村贫困人口1000万以上 → 人; 完成投资1.2亿 → 元).
 * Returns the base unit and the noun it was read from, or null when no noun says (the figure then keeps no unit).
 * @example unitFromNoun("减少农村贫困人口", "以上") // { unit: "人", noun: "贫困人口" }
 * @example unitFromNoun("完成", "贫困人口脱贫") // { unit: "人", noun: "贫困人口" }
 * @example unitFromNoun("利用外资", "") // null
 */
export function unitFromNoun(before: string, after: string): { unit: string; noun: string } | null {
  const clauseAfter = (after.split(/[，,；;。：:、（(\d]/)[0] ?? "").slice(0, 6);
  const clauseBefore = (before.split(/[，,；;。：:、）)]/).pop() ?? "").slice(-12);
  for (const words of [clauseAfter, clauseBefore]) {
    if (FOREIGN.test(words)) return null;
    for (const [pattern, unit] of NOUNS) {
      const found = pattern.exec(words);
      if (found !== null) return { unit, noun: found[1] };
    }
  }
  return null;
}
