import { toHalfWidth } from "../text/toHalfWidth";

/** A heading of a division document: 一、 (level 1), （一） (2), 1. (3), （1） (4), ① (5). */
export interface DivisionHeading {
  level: 1 | 2 | 3 | 4 | 5;
  /** The heading as a category: numbering normalised ("1." for 1．/１./１), no white space, no closing 。. */
  text: string;
  /** Text of the paragraph after the heading's first sentence, as written ("" when the heading stands alone). */
  rest: string;
  /** Where `rest` starts in the paragraph. */
  restOffset: number;
  /** Where the text after the number starts in the paragraph (a numbered task's title starts there). */
  bodyOffset: number;
}

const MARKERS: ReadonlyArray<{ level: DivisionHeading["level"]; pattern: RegExp; label: (match: RegExpExecArray) => string }> = [
  { level: 1, pattern: /^([一二三四五六七八九十百]+)、/, label: (m) => `${m[1]}、` },
  { level: 2, pattern: /^[（(]([一二三四五六七八九十百]+)[）)]/, label: (m) => `（${m[1]}）` },
  { level: 3, pattern: /^([0-9]{1,2})(?:[.、](?![0-9])|(?=[\u4e00-\u9fff])(?![年月日号万亿个项千百]))/, label: (m) => `${m[1]}.` },
  { level: 4, pattern: /^[（(]([0-9]{1,2})[）)]/, label: (m) => `（${m[1]}）` },
  { level: 5, pattern: /^([①-⑳])/, label: (m) => m[1] },
];

/**
 * Read a paragraph that starts with a heading number. The heading is its first sentence (up to the first
 * 。 or the end); what follows is `rest`. Returns null when the paragraph has no heading number.
 * @example readHeading("１加大经济合作力度。") // { level: 3, text: "1.加大经济合作力度", rest: "", restOffset: 10, bodyOffset: 1 }
 * @example readHeading("（一）正确处理政府与市场的关系。在充分发挥市场作用的基础上…").text // "（一）正确处理政府与市场的关系"
 */
export function readHeading(paragraph: string): DivisionHeading | null {
  // toHalfWidth keeps every character's position, so offsets in `text` are offsets in `paragraph`.
  const text = toHalfWidth(paragraph);
  const lead = /^[\s\u3000]*/.exec(text)?.[0].length ?? 0;
  for (const marker of MARKERS) {
    const match = marker.pattern.exec(text.slice(lead));
    if (!match) continue;
    let bodyStart = lead + match[0].length;
    while (bodyStart < text.length && /[\s.、]/.test(text[bodyStart])) bodyStart += 1;
    const stop = text.indexOf("。", bodyStart);
    const title = text
      .slice(bodyStart, stop === -1 ? text.length : stop)
      .replace(/\s+/g, "")
      .replace(/[：:；;，,]+$/, "");
    const restOffset = stop === -1 ? paragraph.length : stop + 1;
    return { level: marker.level, text: marker.label(match) + title, rest: paragraph.slice(restOffset).trim(), restOffset, bodyOffset: bodyStart };
  }
  return null;
}
