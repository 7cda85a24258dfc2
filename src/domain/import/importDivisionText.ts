import type { Problem, Result } from "../problem";
import { fail, ok } from "../problem";
import type { Task } from "../task";
import { toHalfWidth } from "../text/toHalfWidth";
import { parseTargets } from "../targets/parseTargets";
import { parseResponsibility } from "../responsibility/parseResponsibility";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";
import { compactDocumentText } from "./compactDocumentText";
import { splitDivisionParagraphs } from "./splitDivisionParagraphs";
import { readDivisionParagraph, type DivisionItem } from "./readDivisionParagraph";

/** The task table read from a division document (分工方案). */
export interface ImportedDivision {
  /** Tasks in document order, ids "1", "2", …; `source.line` is the 1-based line of the task's text. */
  tasks: Task[];
  /** Everything the import could not place or doubts (the same list as the result's `problems`). */
  problems: Problem[];
}

const hasWords = (text: string): boolean => /[\u4e00-\u9fffA-Za-z0-9]/.test(text);
const simplified = (text: string): string => toSimplifiedChinese(toHalfWidth(text)).replace(/\s+/g, "");
const excerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
/** A problem's location: the line, and the file when known (no `file: undefined` key). */
const located = (file: string | undefined, line?: number): { file?: string; line?: number } => ({
  ...(file === undefined ? {} : { file }),
  ...(line === undefined ? {} : { line }),
});

/** Attach 责任单位： lines to the paragraph before them. */
function attachLabels(items: DivisionItem[], problems: Problem[], file: string | undefined): DivisionItem[] {
  const out: DivisionItem[] = [];
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
  const raw: DivisionItem[] = [];
  for (const paragraph of splitDivisionParagraphs(text)) readDivisionParagraph(paragraph, raw);
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
