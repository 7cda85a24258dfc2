/** A paragraph of a division document, with the 1-based line of each of its pieces. */
export interface DivisionParagraph {
  /** The paragraph's text: its lines joined (a line break inside a sentence is dropped, PDF copies). */
  text: string;
  /** 1-based line of the paragraph's first character. */
  line: number;
  /** Where each joined line starts in `text`, and its 1-based line number (ascending offsets). */
  pieces: Array<{ offset: number; line: number }>;
}

const HEADING_START = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|[0-9０-９]{1,3}(?:[.．、﹒](?![0-9０-９]+(?:[.．%％万亿]|$))|(?=[\u4e00-\u9fff])(?![年月日号万亿个项千百]))|[（(][0-9０-９]{1,2}[）)]|[①-⑳])/;
const LABEL_START = /^(?:(?:[省市县区縣區]級?|[省市县区縣區]级)?(?:(?:牵头|牽頭|主办|主辦|配合|协办|協辦|协同|協同|参与|參與|责任|責任|承办|承辦)(?:责任|責任)?(?:单位|單位|部门|部門|主体|主體)?|(?:部门|部門|责任|責任)分工)|(?:责任|責任|分管|联系|聯繫|包保|牵头|牽頭)?(?:负责|負責)?(?:[省市县区縣區])?(?:领导|領導))\s*[：:]/;
/** A page number line of a PDF copy: "- 3 -", "—12—", "3". */
const PAGE_NUMBER = /^[-—－–\s]*[0-9０-９]{1,3}[-—－–\s]*$/;
/** A responsibility bracket closing a line: …牵头） / …负责） / …下同）. */
const ENDS_WITH_RESPONSIBILITY = /(?:牵头|负责|下同|牽頭|負責|配合)[。.]?[）)][。.]?$/;
const NAME_END = /[厅局委办部会院室心府馆社所队团行司处站署组联协市州县区廳辦會]$/;

/** 注： / 说明： / 备注1： — a note stands on its own line. */
const NOTE_START = /^(?:注|说明|備註|备注|註)\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/;
/** A line that ends a sentence (or a heading, a bracket, a quotation). */
const TERMINAL = /[。！？!?；;：:）)”」』]$/;

/** A space inside a line followed by a heading (1. / 一、 / （一）) or a label (责任单位：): where a flattened copy joined two lines. */
const FLATTENED_BREAK = /[ \t\u3000]+(?=\S)/g;

/**
 * The lines of a copy that ran a whole document together on one line, its lines separated by single spaces
 * (海盐 2022: “… 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;… 责任单位:县发改局…”): such a line is cut
 * before every heading or label that follows a space, when it holds at least two. Other lines are kept whole.
 */
function unflattenLine(line: string): string[] {
  const cuts = [...line.matchAll(FLATTENED_BREAK)]
    .map((match) => ({ at: match.index ?? 0, next: (match.index ?? 0) + match[0].length }))
    .filter(({ at, next }) => at > 0 && (HEADING_START.test(line.slice(next)) || LABEL_START.test(line.slice(next))));
  if (cuts.length < 2) return [line];
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(line.slice(from, cut.at));
    from = cut.next;
  }
  parts.push(line.slice(from));
  return parts.filter((part) => part.trim() !== "");
}

/**
 * Split a document's text into paragraphs. Most texts (a paste from Word, a .docx, 003) hold one paragraph
 * per line: a line break after 。；： or a closing bracket ends the paragraph, one inside a sentence is
 * dropped (a stray break). A PDF copy, told by its many lines that end inside a sentence, is joined line by
 * line, blank lines included (some copies put one after every line); a paragraph then starts at an indented
 * line (two spaces or a full-width space). In both, a heading (一、 （一） 1. １. （1）), a label line
 * (责任单位：…), a note line (注：…) or a line after a closed responsibility bracket starts a new paragraph.
 * A label line goes on only when it breaks inside its list. Page-number lines (- 3 -) are skipped, and
 * private-use and zero-width characters (font debris) taken out. A line that runs several headings or labels
 * together after spaces (a copy flattened onto one line) is first cut into its lines.
 * @example splitDivisionParagraphs("（一）约束性指标。\n\n耕地保有量保持在\n553万公顷。（省国土资源厅牵头）").map((p) => p.text)
 * // ["（一）约束性指标。", "耕地保有量保持在553万公顷。（省国土资源厅牵头）"]
 */
export function splitDivisionParagraphs(text: string): DivisionParagraph[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .flatMap((raw, index) => unflattenLine(raw).map((part) => ({ raw: part, lineNumber: index + 1 })));
  const filled = lines.map(({ raw }) => raw.trim()).filter((line) => line !== "");
  const openEnded = filled.slice(0, -1).filter((line) => !TERMINAL.test(line) && !HEADING_START.test(line)).length;
  const pdfCopy = filled.length >= 4 && openEnded >= 0.3 * filled.length;
  const paragraphs: DivisionParagraph[] = [];
  let current: DivisionParagraph | null = null;
  let currentKind: "text" | "label" | "note" = "text";
  const close = (): void => {
    if (current && current.text.trim() !== "") paragraphs.push(current);
    current = null;
  };
  lines.forEach(({ raw, lineNumber }) => {
    // Private-use and zero-width characters are font debris of PDF and Word copies (003 line 420: “１\ue010加大…”).
    const trimmed = raw.replace(/[\ue000-\uf8ff\u200b-\u200d\ufeff]/g, "").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    if (trimmed === "" || PAGE_NUMBER.test(trimmed)) {
      if (trimmed === "" && !pdfCopy) close();
      return;
    }
    const indented = /^(?:[ \t]{2,}|\u3000)/.test(raw);
    const heading = HEADING_START.test(trimmed);
    const label = LABEL_START.test(trimmed);
    const note = NOTE_START.test(trimmed);
    const open = current as DivisionParagraph | null;
    let startsNew = open === null || indented || heading || label || note;
    if (!startsNew && open) {
      const previous = open.text;
      if (ENDS_WITH_RESPONSIBILITY.test(previous) || currentKind === "note") startsNew = true;
      else if (currentKind === "label") startsNew = !(/[、，,和及与]$/.test(previous) || (trimmed.length <= 12 && !/[。；]/.test(trimmed) && NAME_END.test(trimmed)));
      else if (open.pieces.length === 1 && HEADING_START.test(previous) && (/。$/.test(previous) || (previous.length <= 25 && !/[，,；;]/.test(previous))))
        startsNew = true; // a heading line: 1.大力提高农业综合生产能力。 / １.完善规划实施和评估机制
      else if (!pdfCopy && TERMINAL.test(previous)) startsNew = true;
    }
    if (startsNew || !open) {
      close();
      current = { text: trimmed, line: lineNumber, pieces: [{ offset: 0, line: lineNumber }] };
      currentKind = label ? "label" : note ? "note" : "text";
    } else {
      // Two words of Latin letters keep a space; a number or unit broken over two lines (6 / 00亿斤) joins without one.
      const joint = /[A-Za-z]$/.test(open.text) && /^[A-Za-z]/.test(trimmed) ? " " : "";
      open.pieces.push({ offset: open.text.length + joint.length, line: lineNumber });
      open.text += joint + trimmed;
    }
  });
  close();
  return paragraphs;
}
