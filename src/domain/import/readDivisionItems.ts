import type { Problem } from "../problem";
import { findConventionNote } from "../responsibility/findConventionNote";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";
import { toHalfWidth } from "../text/toHalfWidth";
import { compactDocumentText } from "./compactDocumentText";
import { findResponsibilityBrackets } from "./findResponsibilityBrackets";
import { readHeading } from "./readHeading";
import type { TaskNumber } from "./readTaskNumber";
import type { DivisionParagraph } from "./splitDivisionParagraphs";
import { hasWords } from "./hasWords";

/** A piece of a division document: a heading, a task with its responsibility, a label line, a note or plain text. */
export type DivisionItem =
  | { type: "heading"; level: number; text: string; number: TaskNumber; line: number; body: string; bodyLine: number }
  | { type: "task"; title: string; line: number; responsibility: string; responsibilityLine: number; number?: TaskNumber; fromLabel?: boolean }
  | { type: "label"; text: string; line: number }
  | { type: "note"; appliesToRest: boolean; line: number }
  | { type: "text"; text: string; line: number };

/** 责任单位： / 牵头单位： / 配合单位： / 牵头： / 责任领导： / 市牵头单位： starting a paragraph (simplified text). */
const LABEL_START = /^(?:(?:[省市县区]级?)?(?:(?:牵头|主办|配合|协办|协同|参与|责任|承办)(?:责任)?(?:单位|部门|主体)?|(?:部门|责任)分工)|(?:责任|分管|联系|包保|牵头)?(?:负责)?[省市县区]?领导)\s*[：:]/;
/** 责任单位： inside a paragraph, after the task (the long forms only: “压实安全责任：” is not one). */
const LABEL_INSIDE = /(?:牵头单位|牵头部门|牵头责任单位|主办单位|配合单位|配合部门|协办单位|协同责任单位|参与单位|责任单位|责任部门|责任主体|承办单位|责任领导|部门分工)\s*[：:]/;

const simplified = (text: string): string => toSimplifiedChinese(toHalfWidth(text)).replace(/\s+/g, "");

function lineAt(paragraph: DivisionParagraph, offset: number): number {
  let line = paragraph.line;
  for (const piece of paragraph.pieces) if (piece.offset <= offset) line = piece.line;
  return line;
}

/** Offset of the first non-blank character at or after `from`. */
function firstCharacter(text: string, from: number): number {
  let index = from;
  while (index < text.length && /[\s\u3000。；;，,]/.test(text[index])) index += 1;
  return index;
}

/** A paragraph (or its rest) with no responsibility bracket: an inline 责任单位：, a note, or plain text. */
function readLoose(text: string, line: number, items: DivisionItem[]): void {
  // toSimplifiedChinese keeps every character's position, so the index holds for `text`.
  const label = LABEL_INSIDE.exec(toSimplifiedChinese(text));
  if (label && label.index > 0 && hasWords(text.slice(0, label.index))) {
    items.push({ type: "text", text: compactDocumentText(text.slice(0, label.index)), line });
    items.push({ type: "label", text: compactDocumentText(text.slice(label.index)), line });
    return;
  }
  const note = findConventionNote(simplified(text));
  if (note) {
    items.push({ type: "note", appliesToRest: note.appliesToRest, line });
    return;
  }
  items.push({ type: "text", text: compactDocumentText(text), line });
}

/** A paragraph with responsibility brackets: its tasks (a numbered one keeps its number and its heading sentence). */
function readBracketed(paragraph: DivisionParagraph, brackets: ReturnType<typeof findResponsibilityBrackets>, items: DivisionItem[]): void {
  const text = paragraph.text;
  const heading = readHeading(text);
  const tasks = brackets.filter((bracket) => bracket.kind === "responsibility").length;
  let from = 0;
  let number: TaskNumber | undefined;
  if (heading && heading.bodyOffset <= brackets[0].start) {
    if (tasks > 1 && heading.level <= 2 && heading.rest !== "" && heading.restOffset <= brackets[0].start) {
      // （二）促进…。task（X牵头）task（Y牵头）: the heading sentence is the category of the tasks in its rest.
      items.push({ type: "heading", level: heading.level, text: heading.text, number: heading.number, line: paragraph.line, body: "", bodyLine: paragraph.line });
      from = heading.restOffset;
    } else {
      from = heading.bodyOffset;
      number = heading.number;
    }
  }
  let pendingTitle = "";
  let pendingLine = 0;
  for (const bracket of brackets) {
    const start = firstCharacter(text, from);
    const segment = text.slice(from, bracket.start);
    if (bracket.kind === "note") {
      const note = findConventionNote(simplified(bracket.inner));
      items.push({ type: "note", appliesToRest: note?.appliesToRest ?? false, line: lineAt(paragraph, bracket.start) });
      if (hasWords(segment)) {
        pendingTitle += segment;
        pendingLine = pendingLine || lineAt(paragraph, start);
      }
      from = bracket.end;
      continue;
    }
    items.push({
      type: "task",
      title: compactDocumentText(pendingTitle + segment),
      line: pendingLine || lineAt(paragraph, start),
      responsibility: compactDocumentText(bracket.inner),
      responsibilityLine: lineAt(paragraph, bracket.start),
      ...(number ? { number } : {}),
    });
    number = undefined;
    pendingTitle = "";
    pendingLine = 0;
    from = bracket.end;
  }
  const rest = pendingTitle + text.slice(from);
  if (hasWords(rest)) readLoose(rest, pendingLine || lineAt(paragraph, firstCharacter(text, from)), items);
}

/** Read one paragraph into items. */
function readParagraph(paragraph: DivisionParagraph, items: DivisionItem[]): void {
  const text = paragraph.text;
  if (LABEL_START.test(simplified(text))) {
    items.push({ type: "label", text: compactDocumentText(text), line: paragraph.line });
    return;
  }
  const brackets = findResponsibilityBrackets(text);
  const only = brackets.length === 1 && brackets[0].kind === "responsibility" && !hasWords(text.slice(0, brackets[0].start) + text.slice(brackets[0].end));
  if (only) {
    // A bracket on a line of its own (a PDF copy broke before it): it belongs to the text above, like a 责任单位 line.
    items.push({ type: "label", text: compactDocumentText(brackets[0].inner), line: lineAt(paragraph, brackets[0].start) });
    return;
  }
  if (brackets.some((bracket) => bracket.kind === "responsibility")) {
    readBracketed(paragraph, brackets, items);
    return;
  }
  for (const bracket of brackets) {
    const note = findConventionNote(simplified(bracket.inner));
    items.push({ type: "note", appliesToRest: note?.appliesToRest ?? false, line: lineAt(paragraph, bracket.start) });
  }
  const heading = readHeading(text);
  if (heading) {
    // A numbered paragraph: a category when tasks follow under it, a task when a 责任单位 line follows it.
    const label = LABEL_INSIDE.exec(toSimplifiedChinese(text));
    const bodyEnd = label && label.index > heading.bodyOffset ? label.index : text.length;
    const body = compactDocumentText(text.slice(heading.bodyOffset, bodyEnd));
    items.push({ type: "heading", level: heading.level, text: heading.text, number: heading.number, line: paragraph.line, body, bodyLine: lineAt(paragraph, heading.bodyOffset) });
    if (bodyEnd < text.length) items.push({ type: "label", text: compactDocumentText(text.slice(bodyEnd)), line: lineAt(paragraph, bodyEnd) });
    return;
  }
  if (brackets.length > 0) {
    // The note stood in a bracket of a title or preamble: the rest is plain text.
    let outside = "";
    let from = 0;
    for (const bracket of brackets) {
      outside += text.slice(from, bracket.start);
      from = bracket.end;
    }
    outside += text.slice(from);
    if (hasWords(outside)) items.push({ type: "text", text: compactDocumentText(outside), line: paragraph.line });
    return;
  }
  readLoose(text, paragraph.line, items);
}

type LabelKind = "lead" | "support" | "responsible" | "leader";
function labelKinds(text: string): LabelKind[] {
  const kinds: LabelKind[] = [];
  for (const match of simplified(text).matchAll(/(?:[省市县区]级?)?(牵头|主办|配合|协办|协同|参与|责任|承办|领导|分工)(?:责任)?(单位|部门|主体)?\s*[：:]/g)) {
    const word = match[1] === "分工" ? "责任" : match[1];
    const kind: LabelKind = word === "领导" ? "leader" : word === "牵头" || word === "主办" ? "lead" : word === "责任" || word === "承办" ? "responsible" : "support";
    kinds.push(kind);
  }
  return kinds;
}

/**
 * Read a document's paragraphs into items, and attach each 责任单位： / 牵头单位： / 责任领导： line to what comes
 * before it: plain text or a numbered paragraph becomes a task (keeping its number; a 一、 heading only when it is
 * more than a short title), a task read from such lines
 * takes the next line of another kind (牵头单位： then 责任单位：). A label line with nothing before it is a problem.
 * @example readDivisionItems(splitDivisionParagraphs("(一)地区生产总值增长7%以上\n\n责任单位:区发展和改革局"), problems, undefined)
 * // [{ type: "task", title: "地区生产总值增长7%以上", number: { printed: "(一)", bare: "一", … }, responsibility: "责任单位:区发展和改革局", fromLabel: true, … }]
 */
export function readDivisionItems(paragraphs: DivisionParagraph[], problems: Problem[], file: string | undefined): DivisionItem[] {
  const raw: DivisionItem[] = [];
  for (const paragraph of paragraphs) readParagraph(paragraph, raw);
  const out: DivisionItem[] = [];
  for (const item of raw) {
    if (item.type !== "label") {
      out.push(item);
      continue;
    }
    const previous = out[out.length - 1];
    if (previous?.type === "text") {
      out[out.length - 1] = { type: "task", title: previous.text, line: previous.line, responsibility: item.text, responsibilityLine: item.line, fromLabel: true };
    } else if (previous?.type === "heading" && previous.body !== "" && (previous.level >= 2 || previous.body.length > 12 || /。/.test(previous.body))) {
      // A numbered item followed by its 责任单位 line is a task (1.完成工业投资1700亿元。 / 责任单位：…).
      out[out.length - 1] = { type: "task", title: previous.body, line: previous.bodyLine, responsibility: item.text, responsibilityLine: item.line, number: previous.number, fromLabel: true };
    } else if (previous?.type === "task" && previous.fromLabel && !labelKinds(item.text).some((kind) => labelKinds(previous.responsibility).includes(kind))) {
      // 牵头单位：… on one line and 责任单位：… on the next.
      out[out.length - 1] = { ...previous, responsibility: `${previous.responsibility} ${item.text}` };
    } else {
      const shown = item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text;
      problems.push({
        code: "unplaced-text",
        severity: "warning",
        ...(file === undefined ? {} : { file }),
        line: item.line,
        message: `第${item.line}行“${shown}”前面没有可对应的任务，未导入。请把它放在所属任务的下一行。`,
        messageEn: `Line ${item.line} "${shown}" follows no task and was not imported; put it on the line after its task.`,
      });
    }
  }
  return out;
}
