import type { Problem, Result } from "../problem";
import { fail, ok } from "../problem";
import type { Task } from "../task";
import { toHalfWidth } from "../text/toHalfWidth";
import { findConventionNote } from "../responsibility/findConventionNote";
import { parseTargets } from "../targets/parseTargets";
import { parseResponsibility } from "../responsibility/parseResponsibility";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";
import { compactDocumentText } from "./compactDocumentText";
import { findResponsibilityBrackets } from "./findResponsibilityBrackets";
import { readHeading } from "./readHeading";
import type { DivisionParagraph } from "./splitDivisionParagraphs";
import { splitDivisionParagraphs } from "./splitDivisionParagraphs";

/** The task table read from a division document (分工方案). */
export interface ImportedDivision {
  /** Tasks in document order, ids "1", "2", …; `source.line` is the 1-based line of the task's text. */
  tasks: Task[];
  /** Everything the import could not place or doubts (the same list as the result's `problems`). */
  problems: Problem[];
}

type Item =
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
const excerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
/** A problem's location: the line, and the file when known (no `file: undefined` key). */
const located = (file: string | undefined, line?: number): { file?: string; line?: number } => ({
  ...(file === undefined ? {} : { file }),
  ...(line === undefined ? {} : { line }),
});

/** Read one paragraph into items. */
function readParagraph(paragraph: DivisionParagraph, items: Item[]): void {
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
function readLoose(text: string, line: number, items: Item[]): void {
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

/** Attach 责任单位： lines to the paragraph before them. */
function attachLabels(items: Item[], problems: Problem[], file: string | undefined): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    if (item.type !== "label") {
      out.push(item);
      continue;
    }
    const previous = out[out.length - 1];
    if (previous?.type === "text") {
      out[out.length - 1] = { type: "task", title: previous.text, line: previous.line, responsibility: item.text, responsibilityLine: item.line, fromLabel: true };
    } else if (previous?.type === "heading" && previous.level >= 3) {
      // A numbered item followed by its 责任单位 line is a task (1.完成工业投资1700亿元。 / 责任单位：…).
      const title = compactDocumentText(previous.paragraph.slice(previous.bodyOffset));
      out[out.length - 1] = { type: "task", title, line: previous.bodyLine, responsibility: item.text, responsibilityLine: item.line, fromLabel: true };
    } else if (
      previous?.type === "task" &&
      previous.fromLabel &&
      (/^(?:配合|协办|参与|协作|协同)/.test(simplified(item.text)) || /^(?:牵头|主办)/.test(simplified(previous.responsibility)))
    ) {
      // 牵头单位：… on one line and 配合单位：… on the next.
      out[out.length - 1] = { ...previous, responsibility: `${previous.responsibility} ${item.text}` };
    } else {
      problems.push({
        code: "unplaced-text",
        severity: "warning",
        ...located(file, item.line),
        message: `第${item.line}行“${excerpt(item.text)}”前面没有可对应的任务，未导入。请把它放在所属任务的下一行。`,
        messageEn: `Line ${item.line} "${excerpt(item.text)}" follows no task and was not imported; put it on the line after its task.`,
      });
    }
  }
  return out;
}

/**
 * Turn a division document (分工方案) into tasks: responsibilities in brackets after each task
 * （省国土资源厅牵头）, on their own line (责任单位：市发改委、市经信局), or as 牵头单位：… 配合单位：…; the
 * first-listed-leads note wherever it stands (in a bracket: that list, and with 下同 every later one; a note
 * line or the preamble: from there on with 下同, else the whole document); headings 一、 （一） 1. １. as
 * categories (the nearest headings below the 一、 level, joined by " / "); several tasks in one paragraph;
 * the target figures of each task (parseTargets; qualitative milestones left out) joined by "；" as its target;
 * PDF line breaks; full-width forms; traditional characters. Paragraphs it cannot place become problems with
 * their line: `unplaced-text` (warning) in a section that has tasks, `skipped-section` (info) for a section
 * without any (一、分工原则), `no-department` (error) for a bracket naming no department.
 * Leads and supporting departments are normalised names, not canonicalised (the check maps them to the roster).
 * @example const imported = importDivisionText(documentText, { file: "分工方案.txt" });
 * // imported.ok && imported.value.tasks[0] → { id: "1", title: "耕地保有量保持在553万公顷。", category: "（一）约束性指标",
 * //   leads: ["省国土资源厅"], supporting: [], responsibility: "lead", source: { file: "分工方案.txt", line: 20 }, … }
 */
export function importDivisionText(text: string, options: { file?: string } = {}): Result<ImportedDivision> {
  const file = options.file;
  const problems: Problem[] = [];
  if (!hasWords(text)) {
    return fail([
      {
        code: "empty-text",
        severity: "error",
        ...located(file),
        message: "文本为空，请粘贴分工方案的正文或选择 .txt / .docx 文件。",
        messageEn: "The text is empty; paste the division document or pick a .txt / .docx file.",
      },
    ]);
  }
  const raw: Item[] = [];
  for (const paragraph of splitDivisionParagraphs(text)) readParagraph(paragraph, raw);
  const items = attachLabels(raw, problems, file);

  const wholeDocument = items.some((item) => item.type === "note" && !item.appliesToRest);
  let inForce = wholeDocument;
  const stack: Array<{ level: number; text: string }> = [];
  const tasks: Task[] = [];
  // Sections by their 一、 heading (index 0: before the first one), to tell unplaced text from preamble.
  let section = 0;
  const sectionTitles: string[] = ["（正文开头）"];
  const sectionTasks: number[] = [0];
  const loose: Array<{ section: number; text: string; line: number }> = [];

  for (const item of items) {
    if (item.type === "heading") {
      while (stack.length > 0 && stack[stack.length - 1].level >= item.level) stack.pop();
      stack.push({ level: item.level, text: item.text });
      if (item.level === 1) {
        section = sectionTitles.length;
        sectionTitles.push(item.text);
        sectionTasks.push(0);
      }
      continue;
    }
    if (item.type === "note") {
      if (item.appliesToRest) inForce = true;
      continue;
    }
    if (item.type === "text" || item.type === "label") {
      loose.push({ section, text: item.text, line: item.line });
      continue;
    }
    const parsed = parseResponsibility(item.responsibility, { firstListedLeads: inForce });
    if (parsed.conventionNote?.appliesToRest) inForce = true;
    const headings = stack.length > 1 && stack[0].level === 1 ? stack.slice(1) : stack;
    sectionTasks[section] += 1;
    const task: Task = {
      id: String(tasks.length + 1),
      title: item.title,
      category: headings.map((heading) => heading.text).join(" / "),
      // The figures of the text (553万公顷, 降低16%, 2787万人以内); a qualitative task keeps its title only.
      target: parseTargets(item.title)
        .filter((target) => target.kind !== "milestone")
        .map((target) => target.text)
        .join("；"),
      leads: parsed.leads,
      supporting: parsed.supporting,
      responsibility: parsed.kind,
      deadline: null,
      responsibilityText: item.responsibility,
      source: file === undefined ? { line: item.line } : { file, line: item.line },
    };
    tasks.push(task);
    for (const problem of parsed.problems) {
      problems.push({
        code: problem.code,
        severity: "error",
        ...located(file, item.responsibilityLine),
        message: `第${item.responsibilityLine}行任务“${excerpt(item.title)}”：${problem.message}`,
        messageEn: `Line ${item.responsibilityLine}, task "${excerpt(item.title)}": ${problem.messageEn}`,
      });
    }
    if (!hasWords(item.title)) {
      problems.push({
        code: "empty-title",
        severity: "error",
        ...located(file, item.line),
        message: `第${item.line}行的责任表述“${excerpt(item.responsibility)}”前面没有任务内容，请补上任务。`,
        messageEn: `Line ${item.line}: the responsibility "${excerpt(item.responsibility)}" has no task text before it; add the task.`,
      });
    }
  }

  const skipped = new Map<number, number[]>();
  for (const entry of loose) {
    if (sectionTasks[entry.section] > 0) {
      problems.push({
        code: "unplaced-text",
        severity: "warning",
        ...located(file, entry.line),
        message: `第${entry.line}行“${excerpt(entry.text)}”没有写明责任单位，未作为任务导入。如是任务，请在句末用括号注明牵头单位。`,
        messageEn: `Line ${entry.line} "${excerpt(entry.text)}" names no responsible department and was not imported as a task; if it is one, add its lead department in brackets.`,
      });
    } else skipped.set(entry.section, [...(skipped.get(entry.section) ?? []), entry.line]);
  }
  for (const [index, lines] of skipped) {
    const range = lines.length > 1 ? `第${lines[0]}–${lines[lines.length - 1]}行` : `第${lines[0]}行`;
    const rangeEn = lines.length > 1 ? `lines ${lines[0]}–${lines[lines.length - 1]}` : `line ${lines[0]}`;
    problems.push({
      code: "skipped-section",
      severity: "info",
      ...located(file, lines[0]),
      message: `“${sectionTitles[index]}”（${range}）没有写明责任单位的任务，未导入。`,
      messageEn: `${index === 0 ? "The opening text" : `"${sectionTitles[index]}"`} (${rangeEn}) holds no task with a responsible department and was not imported.`,
    });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  if (tasks.length === 0) {
    return fail([
      ...problems,
      {
        code: "no-tasks",
        severity: "error",
        ...located(file),
        message: "没有找到任务：每项任务后应写明责任单位，如“（省国土资源厅牵头）”或另起一行“责任单位：…”。",
        messageEn: "No task found: each task needs its responsible departments, e.g. \"（省国土资源厅牵头）\" or a line \"责任单位：…\".",
      },
    ]);
  }
  return ok({ tasks, problems }, problems);
}
