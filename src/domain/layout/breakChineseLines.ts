import { textWidth } from "./textWidth";

/** Marks that never begin a line (行首禁则): closing brackets and quotes, the pause, stop and other closing punctuation. */
const NO_LINE_START = new Set([..."）)］]｝}」』》〉】〕〗〙〛”’、，,。．.；;：:！!？?…‥·％%〃々"]);
/** Marks that never end a line (行尾禁则): opening brackets and quotes. */
const NO_LINE_END = new Set([..."（(［[｛{「『《〈【〔〖〘〚“‘"]);
/** A run of half-width letters and figures (1438.6, 84.6%, GDP) stays on one line when it fits. */
const HALF_WIDTH_RUN = /[0-9A-Za-z.%]+|[^]/gu;

/**
 * Break a paragraph into lines of at most `width` Excel character units (textWidth: a 汉字 counts two), following
 * the Chinese line-breaking rule (禁则, GB/T 15834 and the W3C's “Requirements for Chinese Text Layout” §3.1.7): no
 * line starts with a closing bracket or closing punctuation （）」》、，。；：！？…), none ends with an opening one, and a
 * figure (1438.6亿元's “1438.6”) is not split. Where a break would break the rule, the character before it moves down
 * to the next line with the mark (推出), so no line is wider than `width`. Line breaks already in the text are kept.
 * @example breakChineseLines("未达到序时进度3项，分别为：全省工业用电量（牵头单位：省经委）。", 24) // ["未达到序时进度3项，分别", "为：全省工业用电量（牵头", "单位：省经委）。"]
 */
export function breakChineseLines(text: string, width: number): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => breakParagraph(paragraph, Math.max(2, width)));
}

function breakParagraph(paragraph: string, width: number): string[] {
  const units = paragraph.match(HALF_WIDTH_RUN) ?? [];
  if (units.length === 0) return [""];
  const lines: string[] = [];
  let start = 0;
  while (start < units.length) {
    let end = start;
    let used = 0;
    while (end < units.length && (end === start || used + textWidth(units[end]) <= width)) {
      used += textWidth(units[end]);
      end += 1;
    }
    // Move the break back while the next line would start with a closing mark or this one end with an opening mark.
    let cut = end;
    while (cut < units.length && cut > start + 1 && (NO_LINE_START.has(units[cut][0]) || NO_LINE_END.has(units[cut - 1].at(-1) ?? ""))) cut -= 1;
    // A line made only of marks cannot be helped: keep the greedy break rather than an endless one.
    if (cut === start + 1 && cut < units.length && NO_LINE_START.has(units[cut][0])) cut = end;
    lines.push(units.slice(start, cut).join(""));
    start = cut;
  }
  return lines;
}
