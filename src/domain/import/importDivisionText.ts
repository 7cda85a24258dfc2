import type { Problem, Result } from "../problem";
import { fail, ok } from "../problem";
import type { ParsedResponsibility, ResponsibilityContext, UnmarkedListReading } from "../responsibility/parseResponsibility";
import { parseResponsibility } from "../responsibility/parseResponsibility";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";
import type { Task } from "../task";
import { spellingVariants } from "../departments/spellingVariants";
import { assignTaskIds } from "./assignTaskIds";
import { divisionReadingProblems } from "./divisionReadingProblems";
import { documentLevel } from "./documentLevel";
import { hasWords } from "./hasWords";
import { readCellPerLineTable } from "./readCellPerLineTable";
import { readDivisionItems } from "./readDivisionItems";
import { readDivisionTasks } from "./readDivisionTasks";
import { sourceLocation } from "./sourceLocation";
import { splitDivisionParagraphs } from "./splitDivisionParagraphs";
import { tasksFromCellPerLineTable } from "./tasksFromCellPerLineTable";

/** The task table read from a division document (分工方案). */
export interface ImportedDivision {
  /** Tasks in document order; `id` is the printed number (see Task.id), `source.line` the 1-based line of the task's text. */
  tasks: Task[];
  /** Everything the import could not place, doubts or inferred (the same list as the result's `problems`). */
  problems: Problem[];
  /** Levels of parallel 省/市 responsibility labels found (["省", "市"]); empty when the document has none. */
  levels: string[];
  /** The level read where `levels` has several: the one asked for, else the document's own; null when none applies. */
  level: string | null;
  /** How unmarked lists of several units were read, and for how many tasks (0 when the document states its rule). */
  convention: { reading: UnmarkedListReading; tasks: number };
}

export interface ImportDivisionOptions {
  file?: string;
  /** The level whose units count where the document has parallel 省牵头单位 / 市牵头单位 labels (the clerk's choice). */
  level?: string;
  /** How to read a list of several units without 牵头 where the document states no rule; by default first-listed leads. */
  unmarked?: UnmarkedListReading;
  /** Traditional → simplified converter for unit names (opencc-js in the adapters); by default a built-in table. */
  toSimplified?: (text: string) => string;
  /** Whether the department roster knows a name (splits run-together names). */
  isKnown?: (name: string) => boolean;
}

/**
 * Turn a division document (分工方案) into tasks (see docs/RULES.md, 分工方案的读取). The printed number is the
 * task's number and id (1. 1、 （1） （一） 一、 第一条; never renumbered; ids made unique by section where numbering
 * restarts), and a numbered paragraph with a responsibility of its own is one task whose title starts after the
 * number (its heading sentence included); a heading is a category only when tasks follow under it. Responsibility
 * in brackets after a task, on lines of its own before or after it (责任单位： / 牵头单位： / 责任领导：), with the
 * first-listed-leads note wherever it stands; named leaders kept apart (`leaders`), a leader named by a heading
 * (王纲市长主抓) inherited as inferred; unnumbered subheadings (——推进教育高质量发展) in the category; a table pasted
 * one cell per line read row by row; parallel 省/市 labels read at the chosen or the document's level; unmarked
 * lists of several units read by one convention for the whole document, said in one warning. Anything it cannot
 * place is a problem with its line: `unplaced-text`, `skipped-section` (info), `no-department`, `empty-title`.
 * Leads and supporting departments keep the document's spelling (the check maps them to the roster).
 * @example const imported = importDivisionText("(一)地区生产总值增长7%以上\n\n责任单位:区发展和改革局");
 * // imported.ok && imported.value.tasks[0] → { id: "一", number: "(一)", title: "地区生产总值增长7%以上", leads: ["区发展和改革局"], … }
 */
export function importDivisionText(text: string, options: ImportDivisionOptions = {}): Result<ImportedDivision> {
  const file = options.file;
  if (!hasWords(text)) {
    return fail([
      {
        code: "empty-text",
        severity: "error",
        ...sourceLocation(file),
        message: "文本为空，请粘贴分工方案的正文或选择 .txt / .docx 文件。",
        messageEn: "The text is empty; paste the division document or pick a .txt / .docx file.",
      },
    ]);
  }
  const problems: Problem[] = [];
  const unmarked = options.unmarked ?? "first-listed";
  const ownLevel = documentLevel(text);
  const context: ResponsibilityContext = { unmarked, ...(options.isKnown ? { isKnown: options.isKnown } : {}) };
  const simplify = options.toSimplified;
  const read = (responsibility: string, firstListedLeads: boolean, level: string | undefined): ParsedResponsibility =>
    parseResponsibility(simplify ? simplify(responsibility) : responsibility, { ...context, firstListedLeads, ...(level ? { level } : {}) });
  // A first reading finds parallel 省/市 labels; the level is then the clerk's, else the document's own.
  const level = options.level ?? ownLevel ?? undefined;

  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line, index) => ({ text: line, line: index + 1 }));
  const table = readCellPerLineTable(lines);
  const parsed: ParsedResponsibility[] = [];
  const tasks: Task[] = [];
  const loose: Array<{ section: number; text: string; line: number }> = [];
  const sectionTitles: string[] = ["（正文开头）"];
  const sectionTasks: number[] = [0];

  if (table && table.rows.length > 0) {
    const year = /((?:19|20)[0-9]{2})年/.exec(text)?.[1];
    const fromTable = tasksFromCellPerLineTable(table, { ...context, ...(level ? { level } : {}) }, { ...(file ? { file } : {}), ...(year ? { year: Number(year) } : {}) });
    tasks.push(...fromTable.tasks);
    parsed.push(...fromTable.parsed);
    problems.push(...fromTable.problems);
    sectionTasks[0] = tasks.length;
    const before = lines.filter((line) => line.line < table.headerLine && hasWords(line.text));
    if (before.length > 0) loose.push({ section: 1, text: before[0].text, line: before[0].line });
    sectionTitles.push("（表格前的正文）");
    sectionTasks.push(0);
  } else {
    const items = readDivisionItems(splitDivisionParagraphs(text), problems, file);
    const simplifyHeading = (heading: string): string => (simplify ? simplify(heading) : toSimplifiedChinese(heading));
    readDivisionTasks(items, { file, read, simplifyHeading, level, problems, parsed, tasks, loose, sectionTitles, sectionTasks });
  }

  const ids = assignTaskIds(tasks.map((task) => ({ number: task.number === undefined || task.number === "" ? "" : bareNumber(task.number), section: task.section ?? [] })));
  tasks.forEach((task, index) => (task.id = ids[index]));
  const reading = divisionReadingProblems({ parsed, loose, sectionTitles, sectionTasks, unmarked, level: level ?? null, file });
  problems.push(...reading.problems);
  for (const names of spellingVariants(tasks)) {
    problems.push({
      code: "unit-spelled-differently",
      severity: "info",
      ...sourceLocation(file),
      message: `同一单位在文中有几种写法：${names.join("、")}，已按原文分别保留。如需统一，请在部门名录中列出它的全称和简称。`,
      messageEn: `One unit is written several ways in the document (${names.join(", ")}); each is kept as written. To show one name, list its full and short names in the department roster.`,
    });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  if (tasks.length === 0) {
    return fail([
      ...problems,
      {
        code: "no-tasks",
        severity: "error",
        ...sourceLocation(file),
        message: "没有找到任务：每项任务后应写明责任单位，如“（省国土资源厅牵头）”或另起一行“责任单位：…”。",
        messageEn: "No task found: each task needs its responsible departments, e.g. \"（省国土资源厅牵头）\" or a line \"责任单位：…\".",
      },
    ]);
  }
  const division: ImportedDivision = { tasks, problems, levels: reading.levels, level: reading.levels.length > 1 ? (level ?? reading.levels[0]) : null, convention: reading.convention };
  return ok(division, problems);
}

/** The bare number of a printed one: “(一)” → 一, “204.” → 204, “第三条” → 三. */
function bareNumber(printed: string): string {
  return printed.replace(/^第|条$/g, "").replace(/^[（(]|[）)]$/g, "").replace(/[.、．。]+$/, "").replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}
