import { toHalfWidth } from "../text/toHalfWidth";
import { readTaskNumber, type TaskNumber } from "./readTaskNumber";

/** A heading of a division document: 第一条 (0), 一、 (1), （一） (2), 1. (3), （1） (4), ① (5). */
export interface DivisionHeading {
  level: 0 | 1 | 2 | 3 | 4 | 5;
  /** The heading as a category: numbering normalised ("1." for 1．/１./１), no white space, no closing 。. */
  text: string;
  /** Text of the paragraph after the heading's first sentence, as written ("" when the heading stands alone). */
  rest: string;
  /** Where `rest` starts in the paragraph. */
  restOffset: number;
  /** Where the text after the number starts in the paragraph (a numbered task's title starts there). */
  bodyOffset: number;
  /** The number as printed and bare. */
  number: TaskNumber;
}

function label(number: TaskNumber): string {
  switch (number.level) {
    case 1:
      return `${number.bare}、`;
    case 2:
    case 4:
      return `（${number.bare}）`;
    case 3:
      return `${number.bare}.`;
    default:
      return number.level === 0 ? toHalfWidth(number.printed) : number.bare;
  }
}

/**
 * Read a paragraph that starts with a heading number (readTaskNumber). The heading is its first sentence (up to
 * the first 。 or the end); what follows is `rest`. Returns null when the paragraph has no heading number.
 * @example readHeading("１加大经济合作力度。") // { level: 3, text: "1.加大经济合作力度", rest: "", restOffset: 10, bodyOffset: 1, … }
 * @example readHeading("（一）正确处理政府与市场的关系。在充分发挥市场作用的基础上…").text // "（一）正确处理政府与市场的关系"
 */
export function readHeading(paragraph: string): DivisionHeading | null {
  const number = readTaskNumber(paragraph);
  if (number === null) return null;
  // toHalfWidth keeps every character's position, so offsets in `text` are offsets in `paragraph`.
  const text = toHalfWidth(paragraph);
  const bodyStart = number.bodyOffset;
  const stop = text.indexOf("。", bodyStart);
  const title = text
    .slice(bodyStart, stop === -1 ? text.length : stop)
    .replace(/\s+/g, "")
    .replace(/[：:；;，,]+$/, "");
  const restOffset = stop === -1 ? paragraph.length : stop + 1;
  return { level: number.level, text: label(number) + title, rest: paragraph.slice(restOffset).trim(), restOffset, bodyOffset: bodyStart, number };
}
