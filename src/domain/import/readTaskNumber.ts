import { toHalfWidth } from "../text/toHalfWidth";

/** The number printed at the start of a paragraph or a 序号 cell. */
export interface TaskNumber {
  /** As printed, white space taken out: “1.”, “(一)”, “（1）”, “一、”, “第三条”, “１”. */
  printed: string;
  /** The number itself, half-width, without brackets or punctuation: "1", "一", "3", "①". */
  bare: string;
  /** Level of the numbering style: 第X条 0, 一、 1, （一） 2, 1. 3, （1） 4, ① 5. */
  level: 0 | 1 | 2 | 3 | 4 | 5;
  /** Where the text after the number starts (after the number's own punctuation and spaces). */
  bodyOffset: number;
}

const CHINESE = "[一二三四五六七八九十百零〇]+";
const STYLES: ReadonlyArray<{ level: TaskNumber["level"]; pattern: RegExp }> = [
  { level: 0, pattern: new RegExp(`^第(${CHINESE}|[0-9]{1,3})条`) },
  { level: 1, pattern: new RegExp(`^(${CHINESE})(?:、|[.．](?![0-9]))`) },
  { level: 2, pattern: new RegExp(`^[（(](${CHINESE})[）)]`) },
  // 1. 1、 1． and a bare １ before the text (003 line 420: “１加大经济合作力度”), not 12月 / 5年 / 3个.
  { level: 3, pattern: /^([0-9]{1,3})(?:[.、﹒](?![0-9]+(?:[.%万亿千百]|$))|(?=[\u4e00-\u9fff“"《])(?![年月日号万亿个项千百余多名家所座条种次天周季届]))/ },
  { level: 4, pattern: /^[（(]([0-9]{1,3})[）)]/ },
  { level: 5, pattern: /^([①-⑳])/ },
];

/**
 * Read the number printed at the start of a text: 第一条, 一、, （一）/(一), 1./1、/１．, （1）, ①. The printed form
 * is kept as the document prints it (half-width brackets stay half-width), the bare number is what a citation
 * 第X项 names. Null when the text does not start with a number (or starts with a quantity: 12月底前, 5年内).
 * @example readTaskNumber("(一)地区生产总值增长7%以上") // { printed: "(一)", bare: "一", level: 2, bodyOffset: 3 }
 * @example readTaskNumber("204.推进学前教育优质普惠发展") // { printed: "204.", bare: "204", level: 3, bodyOffset: 4 }
 * @example readTaskNumber("12月底前") // null
 */
export function readTaskNumber(text: string): TaskNumber | null {
  // toHalfWidth keeps every character's position, so offsets hold for `text`.
  const half = toHalfWidth(text);
  const lead = /^[\s\u3000]*/.exec(half)?.[0].length ?? 0;
  for (const style of STYLES) {
    const match = style.pattern.exec(half.slice(lead));
    if (!match) continue;
    let bodyOffset = lead + match[0].length;
    while (bodyOffset < half.length && /[\s.、﹒]/.test(half[bodyOffset])) bodyOffset += 1;
    return { printed: text.slice(lead, lead + match[0].length).replace(/\s+/g, ""), bare: match[1], level: style.level, bodyOffset };
  }
  return null;
}
