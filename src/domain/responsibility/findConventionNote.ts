/** The first-listed-leads note (列第一位者为牵头部门) as found in a text. */
export interface ConventionNote {
  /** Always true: the note says the first-listed department of a 负责 list is the lead. */
  firstListedLeads: boolean;
  /** “下同”: the note holds for the rest of the document, not only for this list. */
  appliesToRest: boolean;
  /** “除标注‘分别牵头’外”: lists marked 分别牵头 keep several leads. */
  exceptRespective: boolean;
  /** The text with the note's phrases taken out (what is left names the departments, if any). */
  remainder: string;
}

/** 列第一位者为牵头部门 / 排在第一位的为牵头单位 / 第一个部门为牵头部门 / 列首位的为牵头单位 / 首位单位为牵头单位 / 列第一位者为工作牵头单位或汇总单位 … */
const RULE =
  /(?:(?:列|排|排列|排名|排序)(?:在|于)?(?:第一位?|第1位?|首位|第一个|最前面?)|第一个|首个|首位|第一位)(?:的|者)?(?:部门|单位)?(?:为|是)(?:工作)?(?:牵头|主办|主责)(?:部门|单位)?(?:或[\u4e00-\u9fff]{1,4}(?:部门|单位))?/g;
/** 除标注“分别牵头”外 / 除注明分别牵头的外 / 除标注为“牵头”单位外 */
const EXCEPT_RESPECTIVE = /除(?:已|特别)?(?:标注|注明|标明|注有|标有)?(?:为)?[“"‘'「『]?(?:分别)?牵头[”"’'」』]?(?:的|者)?(?:单位|部门|任务|事项)?(?:以)?外/g;
/** 下同 / 以下同 / 以下均同 / 全文同 / 下文同 */
const REST = /以下均同|以下同|下同|全文同|下文同/g;
/** 注： / 说明： / 备注： labels in front of the note. */
const LABEL = /(?:^|(?<=[。；;\s]))(?:注|说明|备注)\s*[0-9一二三四五六七八九十]*\s*[：:.．、]?/g;

/**
 * Find the first-listed-leads convention in a (simplified, half-width) text: in a bracket
 * (“…负责。列第一位者为牵头部门，下同”), a note line or a preamble.
 * @example findConventionNote("省发展改革委、省农委负责。列第一位者为牵头部门，下同")
 * // { firstListedLeads: true, appliesToRest: true, exceptRespective: false, remainder: "省发展改革委、省农委负责。，" }
 * Rule: docs/RULES.md, 牵头 (responsibility conventions).
 */
export function findConventionNote(text: string): ConventionNote | null {
  RULE.lastIndex = 0;
  const rule = RULE.exec(text);
  if (!rule) return null;
  const tail = text.slice(rule.index + rule[0].length);
  const sentenceEnd = tail.search(/[。；;]/);
  const afterRule = sentenceEnd === -1 ? tail : tail.slice(0, sentenceEnd);
  const before = text.slice(0, rule.index).split(/[。；;]/).pop() ?? "";
  const appliesToRest = new RegExp(REST.source).test(afterRule) || new RegExp(REST.source).test(before);
  const exceptRespective = new RegExp(EXCEPT_RESPECTIVE.source).test(text);
  const remainder = text.replace(EXCEPT_RESPECTIVE, "").replace(RULE, "").replace(REST, "").replace(LABEL, "");
  return { firstListedLeads: true, appliesToRest, exceptRespective, remainder };
}
