import { findConventionNote } from "../responsibility/findConventionNote";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";
import { toHalfWidth } from "../text/toHalfWidth";
import { compactDocumentText } from "./compactDocumentText";
import { findResponsibilityBrackets } from "./findResponsibilityBrackets";
import { readHeading } from "./readHeading";
import type { DivisionParagraph } from "./splitDivisionParagraphs";

/** What a paragraph of a division document holds, in order: headings, tasks, 责任单位 lines, notes and other text. */
export type DivisionItem =
  | { type: "heading"; level: number; text: string; line: number; paragraph: string; bodyOffset: number; bodyLine: number }
  | { type: "task"; title: string; line: number; responsibility: string; responsibilityLine: number; fromLabel?: boolean }
  | { type: "label"; text: string; line: number }
  | { type: "note"; appliesToRest: boolean; line: number }
  | { type: "text"; text: string; line: number };

/** 责任单位： / 牵头单位： / 配合单位： / 牵头： starting a paragraph (simplified text). */
const LABEL_START = /^(?:牵头|主办|配合|协办|参与|责任|承办)(?:单位|部门|主体)?[：:]/;
/** 责任单位： inside a paragraph, after the task (the long forms only: “压实安全责任：” is not one). */
const LABEL_INSIDE = /(?:牵头单位|牵头部门|主办单位|配合单位|配合部门|协办单位|参与单位|责任单位|责任部门|责任主体|承办单位)\s*[：:]/;

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

const hasWords = (text: string): boolean => /[\u4e00-\u9fffA-Za-z0-9]/.test(text);
const simplified = (text: string): string => toSimplifiedChinese(toHalfWidth(text)).replace(/\s+/g, "");

/**
 * Read one paragraph of a division document into items: a 责任单位 line, a heading (and the text after it), the
 * tasks before each responsibility bracket （…牵头）, a first-listed-leads note, or plain text.
 * @example readDivisionParagraph({ text: "耕地保有量保持在553万公顷。（省国土资源厅牵头）", line: 20, pieces: [] }, items)
 * // items → [{ type: "task", title: "耕地保有量保持在553万公顷。", responsibility: "省国土资源厅牵头", line: 20, … }]
 */
export function readDivisionParagraph(paragraph: DivisionParagraph, items: DivisionItem[]): void {
  const text = paragraph.text;
  const brackets = findResponsibilityBrackets(text);
  const plain = simplified(text);
  if (LABEL_START.test(plain) && brackets.length === 0) {
    items.push({ type: "label", text: compactDocumentText(text), line: paragraph.line });
    return;
  }
  if (brackets.some((bracket) => bracket.kind === "responsibility")) {
    let from = 0;
    const heading = readHeading(text);
    if (heading && heading.level <= 2 && heading.rest !== "" && heading.restOffset <= brackets[0].start) {
      items.push({ type: "heading", level: heading.level, text: heading.text, line: paragraph.line, paragraph: text, bodyOffset: heading.bodyOffset, bodyLine: paragraph.line });
      from = heading.restOffset;
    } else if (heading && heading.bodyOffset <= brackets[0].start) from = heading.bodyOffset;
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
      const title = compactDocumentText(pendingTitle + segment);
      items.push({
        type: "task",
        title,
        line: pendingLine || lineAt(paragraph, start),
        responsibility: compactDocumentText(bracket.inner),
        responsibilityLine: lineAt(paragraph, bracket.start),
      });
      pendingTitle = "";
      pendingLine = 0;
      from = bracket.end;
    }
    const rest = pendingTitle + text.slice(from);
    if (hasWords(rest)) readLoose(rest, pendingLine || lineAt(paragraph, firstCharacter(text, from)), items);
    return;
  }
  for (const bracket of brackets) {
    const note = findConventionNote(simplified(bracket.inner));
    items.push({ type: "note", appliesToRest: note?.appliesToRest ?? false, line: lineAt(paragraph, bracket.start) });
  }
  const heading = readHeading(text);
  if (heading) {
    items.push({ type: "heading", level: heading.level, text: heading.text, line: paragraph.line, paragraph: text, bodyOffset: heading.bodyOffset, bodyLine: lineAt(paragraph, heading.bodyOffset) });
    if (hasWords(heading.rest)) readLoose(heading.rest, lineAt(paragraph, heading.restOffset), items);
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
