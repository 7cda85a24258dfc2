import type { Problem } from "../problem";
import type { ParsedResponsibility, ResponsibilityContext } from "../responsibility/parseResponsibility";
import { parseResponsibility } from "../responsibility/parseResponsibility";
import { parseDeadline } from "../dates/parseDeadline";
import type { Task } from "../task";
import { compactDocumentText } from "./compactDocumentText";
import type { CellPerLineTable } from "./readCellPerLineTable";
import { excerpt } from "./excerpt";

/** Tasks of a table pasted one cell per line, each with what its responsibility reading said. */
export interface CellPerLineTasks {
  tasks: Task[];
  parsed: ParsedResponsibility[];
  problems: Problem[];
}


/**
 * Turn the rows of a one-cell-per-line table (readCellPerLineTable) into tasks: the 序号 as printed is the number
 * (a row under a merged 序号 keeps it, marked numberInferred), units one per line form the responsibility (a
 * 牵头单位 column leads; several units of one 责任单位 column are read by the document's convention), units
 * inherited from a merged cell are marked inferred, 完成时限 becomes the deadline (in `year`). Ids are left
 * to the caller. Lines of the table that fit no row are problems (`unread-table-line`).
 * @example tasksFromCellPerLineTable(table, { unmarked: "first-listed" }, { year: 2016 }).tasks[0]
 * // { number: "1", title: "启动建设东柳河城区段综合治理工程和东湖湿地公园。", leads: ["县水务局"], supporting: ["县住建局", "县护城河指挥部"], … }
 */
export function tasksFromCellPerLineTable(table: CellPerLineTable, context: ResponsibilityContext, options: { file?: string; year?: number }): CellPerLineTasks {
  const tasks: Task[] = [];
  const parsed: ParsedResponsibility[] = [];
  const problems: Problem[] = [];
  const located = (line: number): { file?: string; line: number } => (options.file === undefined ? { line } : { file: options.file, line });
  for (const row of table.rows) {
    const byLevel = table.levels.flatMap(({ level, hasLead }) => {
      const [first, ...rest] = row.byLevel[level] ?? [];
      if (first === undefined) return [];
      return hasLead ? [`${level}牵头单位：${first}${rest.length > 0 ? `；${level}责任单位：${rest.join("、")}` : ""}`] : [`${level}责任单位：${[first, ...rest].join("、")}`];
    });
    const responsibilityText =
      byLevel.length > 0
        ? byLevel.join("；")
        : row.leadUnits.length > 0
          ? `牵头单位：${row.leadUnits.join("、")}；责任单位：${row.units.join("、")}`
          : row.units.join("、");
    const reading = parseResponsibility(responsibilityText, context);
    parsed.push(reading);
    const task: Task = {
      id: "",
      number: row.number,
      section: [],
      title: compactDocumentText(row.title),
      category: "",
      target: "",
      leads: reading.leads,
      supporting: reading.supporting,
      responsibility: reading.kind,
      deadline: row.deadline === "" ? null : parseDeadline(row.deadline, options.year === undefined ? {} : { year: options.year }).date,
      leaders: [...row.leaders, ...reading.leaders],
      inferred: row.unitsInferred ? reading.departments : reading.inferred,
      responsibilityText,
      source: options.file === undefined ? { line: row.line } : { file: options.file, line: row.line },
    };
    if (row.numberInferred) task.numberInferred = true;
    tasks.push(task);
    if (reading.departments.length === 0) {
      problems.push({
        code: "no-department",
        severity: "error",
        ...located(row.line),
        message: `第${row.line}行任务“${excerpt(task.title)}”没有责任单位，请补上。`,
        messageEn: `Line ${row.line}, task "${excerpt(task.title)}" has no responsible unit; add it.`,
      });
    }
  }
  for (const { text, line } of table.unread) {
    problems.push({
      code: "unread-table-line",
      severity: "warning",
      ...located(line),
      message: `第${line}行“${excerpt(text)}”在表格中对不上任何一行，未导入，请核对。`,
      messageEn: `Line ${line} "${excerpt(text)}" fits no row of the table and was not imported; check it.`,
    });
  }
  return { tasks, parsed, problems };
}
