/** Words before which the subject does not start: scope and resolve (努力, 力争, 全年) and 的. */
const CUT_BEFORE = /^.*(?:努力|力争|确保|争取|全年|年内|今年|当年|的|：|:)/;
const TRAILING_VERB =
  /(控制在|控制到|控制|压缩在|保持在|保持|稳定在|稳定|维持在|维持|不低于|不少于|不超过|不高于|低于|少于|高于|达到|达|(?:提高|提升|增加|增长|上升|扩大|发展|降低|下降|减少|压减|压缩|增|升|降|减)(?:到|至)|增长|增速|增幅|增加|提高|提升|上升|上涨|递增|降低|下降|减少|削减|压减|压缩|减排|实现|完成|为|在|到|至|了|率达|幅)$/;
const TRAILING_COMPARISON = /(可比|同比|比上年|较上年|比去年|较去年|年均|每年|比\d{4}年|分别|合计|共计|共|均|各)$/;
const CUMULATIVE_SUFFIX = /(\d+|[一二三四五六七八九十两]+)年(?:内|来|间|共)?累计(?:新增|完成|建设|改造|实现|建成)?$/;
const LEADING_COMPARISON = /^(比上年|较上年|比去年|较去年|同比|比\d{4}年)/;
const EDGE_PUNCTUATION = /^[、，,；;：:和及与并且\s"“”]+|[、，,；;：:和及与并且\s"“”]+$/g;

export interface TargetSubjectReading {
  /** What is measured: 工业投资, 森林覆盖率, 城镇新增就业; "" when the words say nothing. */
  subject: string;
  /** True when the words start with a comparison (比上年…增长): the subject is the previous target's. */
  comparative: boolean;
}

/**
 * The subject of a target: the words before its figure without scope words (全年, 力争), the verb (增长,
 * 控制在, 达到), the comparison (同比, 比上年) and a leading 完成/实现.
 * @example targetSubject("全省努力完成工业投资") // { subject: "工业投资", comparative: false }
 * @example targetSubject("比上年实际投资增长") // { subject: "实际投资", comparative: true }
 * @example targetSubject("地方级财政收入可比增长") // { subject: "地方级财政收入", comparative: false }
 */
export function targetSubject(leadIn: string): TargetSubjectReading {
  let subject = leadIn.replace(/[\s\u3000]+/g, "").replace(CUT_BEFORE, "");
  for (let round = 0; round < 4; round++) {
    const before = subject;
    subject = subject
      .replace(EDGE_PUNCTUATION, "")
      .replace(TRAILING_VERB, "")
      .replace(TRAILING_COMPARISON, "")
      .replace(CUMULATIVE_SUFFIX, "");
    if (subject === before) break;
  }
  let comparative = false;
  if (LEADING_COMPARISON.test(subject)) {
    comparative = true;
    subject = subject.replace(LEADING_COMPARISON, "");
  }
  const withoutVerb = subject.replace(/^(完成|实现)/, "");
  if (withoutVerb !== "") subject = withoutVerb;
  return { subject: subject.replace(EDGE_PUNCTUATION, ""), comparative };
}
