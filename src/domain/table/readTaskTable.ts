import { buildRoster, type DepartmentRoster } from "../departments/buildRoster";
import { findDepartment } from "../departments/findDepartment";
import { cellAddress, type CellValue, type MergedRange, type SheetGrid } from "../grid";
import { fail, ok, type Problem, type Result } from "../problem";
import { parseResponsibility } from "../responsibility/parseResponsibility";
import type { ColumnMap, Task, TaskColumn } from "../task";
import { cellText } from "../text/cellText";
import { toHalfWidth } from "../text/toHalfWidth";
import { readTaskNumber } from "../import/readTaskNumber";
import { parseDeadline, type DeadlineReading } from "../dates/parseDeadline";
import { createTaskResponsibilityReader, type ResponsibilityTexts, type TaskResponsibility } from "./createTaskResponsibilityReader";
import { detectTaskColumns } from "./detectTaskColumns";
import { isHeaderEcho } from "./isHeaderEcho";
import { labelRow } from "./labelRow";
import { mergesByRow } from "./mergesByRow";
import { readNonTaskRow } from "./readNonTaskRow";
import { readRowCells, type RowCells } from "./readRowCells";
import { taskCells, type TaskRowCells } from "./taskCells";
import { skippedRowProblem, type SkippedRowReason } from "./skippedRowProblem";
import type { SectionHeading } from "./sectionHeading";
import { tableYear } from "./tableYear";
import { uniqueTaskIds } from "./uniqueTaskIds";

export type { TaskRowCells } from "./taskCells";

/** A task table as read from a sheet. */
export interface TaskTable {
  sheet: string;
  file?: string;
  /** 1-based sheet row where the header starts. */
  headerRow: number;
  columns: ColumnMap;
  /** Header text of each logical column ("" for a column not found). */
  headers: Record<TaskColumn, string>;
  tasks: Task[];
  /** For each task, at the same index: its cells. */
  cells: TaskRowCells[];
}

export interface ReadTaskTableOptions {
  /** Traditional → simplified converter for unit names (opencc-js from the adapters); by default a built-in table. */
  toSimplified?: (text: string) => string;
  /** The clerk's columns, replacing the detected ones. */
  columns?: ColumnMap;
  /** Names are reported by their roster (or built-in) canonical names. */
  roster?: DepartmentRoster;
  /** The first-listed-leads rule (列第一位者为牵头部门) is in force from the start. */
  firstListedLeads?: boolean;
  /** 1-based sheet row of the header's last row, when the clerk says where it is (tasks start below it). */
  headerRow?: number;
  /** The year of deadlines written without one (12月底前); by default the year in the title or sheet name. */
  year?: number;
}

/** A row no merge touches (most rows): one shared list, kept with each row's cells, never changed. */
const NO_MERGES: readonly MergedRange[] = Object.freeze([]);
const ALL_COLUMNS: TaskColumn[] = ["id", "category", "title", "target", "unit", "lead", "supporting", "responsible", "deadline", "leader", "remark"];

function noTable(grid: SheetGrid, message: string, messageEn: string): Result<TaskTable> {
  return fail([{ code: "no-task-table", severity: "error", file: grid.file, sheet: grid.name, message, messageEn }]);
}

/**
 * Read the tasks of a task table (分工方案 / 任务分解表): find the header under any title rows, then read
 * each row below it. Section rows (一、… / （二）… / 1.… alone, or a lone heading cell merged across) become the
 * `category` of the tasks below them, joined by " / " down the levels; blank and note rows (注：…) are skipped,
 * and a note or title stating 列第一位者为牵头部门 switches the first-listed-leads rule on for the rest, as does a
 * 责任单位 cell saying it with 下同. Responsibilities come from 牵头单位 + 配合单位 columns or one 责任单位 column
 * (parseResponsibility), names canonical by the roster. Deadlines become ISO dates. A row with departments but
 * no task text is still a task (title "", for empty-title). Fails with `no-task-table` when no header is found.
 * @example readTaskTable(grid).value.tasks[0]
 * // { id: "1", title: "耕地保有量保持在553万公顷。", category: "（一）约束性指标", leads: ["省国土资源厅"], supporting: [],
 * //   responsibility: "lead", deadline: "2011-12-31", source: { sheet: "任务分解表", row: 3 }, … }
 */
export function readTaskTable(grid: SheetGrid, options: ReadTaskTableOptions = {}): Result<TaskTable> {
  const detected = detectTaskColumns(grid);
  const columns: ColumnMap = options.columns ?? detected?.columns ?? {};
  if (columns.title === undefined && columns.lead === undefined && columns.responsible === undefined) {
    return noTable(
      grid,
      `工作表“${grid.name}”中找不到任务表的表头（需要“工作任务”等任务列和“牵头单位”或“责任单位”列），请检查表头或手动指定各列。`,
      `No task table header found in sheet "${grid.name}" (a task column such as 工作任务 and a 牵头单位 or 责任单位 column are needed); check the header or choose the columns.`,
    );
  }
  const roster = options.roster ?? buildRoster(null);
  const simplify = options.toSimplified === undefined ? (written: string): string => written : convertEachOnce(options.toSimplified);
  const isKnown = (name: string): boolean => roster.sheet !== null && findDepartment(roster, name) !== null;
  const originRow = grid.origin?.row ?? 0;
  const givenHeaderRow = options.headerRow !== undefined ? options.headerRow - 1 - originRow : undefined;
  const headerRow = givenHeaderRow ?? detected?.headerRow ?? (options.columns ? labelRow(grid, columns) : -1);
  const firstHeaderRow = givenHeaderRow ?? detected?.firstHeaderRow ?? Math.max(0, headerRow);
  const headers = Object.fromEntries(ALL_COLUMNS.map((column) => [column, ""])) as Record<TaskColumn, string>;
  for (const column of ALL_COLUMNS) {
    const col = columns[column];
    if (col === undefined) continue;
    headers[column] = detected && givenHeaderRow === undefined ? (detected.texts[col] ?? "") : headerRow >= 0 ? cellText(grid.rows[headerRow]?.[col]).replace(/\s+/g, "") : "";
  }
  // A title or a note above the header may state the first-listed-leads rule for the whole table.
  const ruleAbove = grid.rows
    .slice(0, Math.max(0, firstHeaderRow))
    .some((row) => row.some((value) => parseResponsibility(cellText(value)).conventionNote?.firstListedLeads === true));
  const reading: TableReading = {
    grid, columns, headers, roster, simplify, originRow,
    year: options.year ?? tableYear(grid, firstHeaderRow, columns.deadline),
    readResponsibility: createTaskResponsibilityReader({ roster, simplify, isKnown }),
    firstListedLeads: options.firstListedLeads === true || ruleAbove,
    headings: [], underHeadings: null, deadlines: new Map(), lastCategoryCell: "", idRepeats: new Map(), tasks: [], cells: [], problems: [],
  };
  const merges = mergesByRow(grid);
  for (let row = headerRow + 1; row < grid.rows.length; row += 1) readRow(reading, row, merges.get(row) ?? NO_MERGES);

  uniqueTaskIds(reading.tasks);
  const table: TaskTable = { sheet: grid.name, headerRow: originRow + firstHeaderRow + 1, columns, headers, tasks: reading.tasks, cells: reading.cells };
  if (grid.file !== undefined) table.file = grid.file;
  return ok(table, reading.problems);
}

/** A task table being read: its layout, its readers, and what the rows read so far have set. */
interface TableReading {
  grid: SheetGrid;
  columns: ColumnMap;
  headers: Record<TaskColumn, string>;
  roster: DepartmentRoster;
  simplify: (text: string) => string;
  originRow: number;
  year: number | undefined;
  readResponsibility: (texts: ResponsibilityTexts, firstListedLeads: boolean) => TaskResponsibility;
  /** The first-listed-leads rule is in force (from the options, a title, a note or a 下同 cell above). */
  firstListedLeads: boolean;
  /** The section headings above the current row, outermost first. */
  headings: SectionHeading[];
  /** Their texts joined (the category) and their numbers (the section), worked out once per change of heading. */
  underHeadings: { category: string; section: string[] } | null;
  /** Deadlines read, by the text of their cell (a table writes the same few again and again). */
  deadlines: Map<string, DeadlineReading>;
  /** The last filled 类别 cell (a category column's cell merged or left empty below applies to the rows under it). */
  lastCategoryCell: string;
  /** How many rows each id merged down has covered so far. */
  idRepeats: Map<string, number>;
  tasks: Task[];
  cells: TaskRowCells[];
  problems: Problem[];
}

/** Read one row: a task, a section heading, a note, or a row skipped with its problem. */
function readRow(reading: TableReading, row: number, rowMerges: readonly MergedRange[]): void {
  const { grid, columns } = reading;
  const values = grid.rows[row] ?? [];
  const own: string[] = new Array<string>(values.length);
  let firstFilled = -1;
  for (let col = 0; col < values.length; col++) {
    own[col] = cellText(values[col]);
    if (firstFilled < 0 && own[col] !== "") firstFilled = col;
  }
  if (firstFilled < 0) return;
  const skip = (reason: SkippedRowReason): void => {
    const at = { sheet: grid.name, cell: cellAddress(grid, row, firstFilled), row: reading.originRow + row + 1, text: own[firstFilled] };
    reading.problems.push(skippedRowProblem(grid.file === undefined ? at : { ...at, file: grid.file }, reason));
  };
  const rowCells = readRowCells(grid, columns, rowMerges, row);
  if (isHeaderEcho(rowCells.text, reading.headers)) return skip("header-repeated");
  const { text } = rowCells;
  const nonTask = readNonTaskRow({ own, text, columns, rowMerges, row });
  if (nonTask?.kind === "skip") return skip(nonTask.reason);
  if (nonTask?.kind === "note") {
    if (nonTask.firstListedLeads) reading.firstListedLeads = true;
    return skip("note");
  }
  if (nonTask?.kind === "heading") {
    const { headings } = reading;
    while (headings.length > 0 && headings[headings.length - 1].level >= nonTask.heading.level) headings.pop();
    headings.push(nonTask.heading);
    reading.underHeadings = null;
    return;
  }
  const present = (column: TaskColumn): string | undefined => (columns[column] !== undefined ? (text[column] ?? "") : undefined);
  const responsibility = reading.readResponsibility({ lead: present("lead"), supporting: present("supporting"), responsible: present("responsible") }, reading.firstListedLeads);
  if (responsibility.rulesRest) reading.firstListedLeads = true;
  addTask(reading, row, { own, rowCells, rowMerges, responsibility });
}

/** Add the task of a row (and where its cells are), with its id, section, category, target, deadline and leaders. */
function addTask(reading: TableReading, row: number, read: { own: string[]; rowCells: RowCells; rowMerges: readonly MergedRange[]; responsibility: TaskResponsibility }): void {
  const { grid, columns, tasks, headings } = reading;
  const { text, values } = read.rowCells;
  const { responsibility } = read;
  const idOwnCell = columns.id !== undefined ? toHalfWidth(read.own[columns.id] ?? "").replace(/\s+/g, "") : "";
  let id = toHalfWidth(text.id ?? "").replace(/\s+/g, "");
  if (id === "") id = String(tasks.length + 1);
  else if (idOwnCell === "") {
    // Merged down from the row above: 3, 3-2, 3-3 …
    const repeat = (reading.idRepeats.get(id) ?? 1) + 1;
    reading.idRepeats.set(id, repeat);
    id = `${id}-${repeat}`;
  }
  const under = (reading.underHeadings ??= {
    category: headings.map((heading) => heading.text).join(" / "),
    // Shared by the tasks under these headings, never changed.
    section: Object.freeze(headings.map((heading) => readTaskNumber(heading.text)?.bare ?? heading.text)) as string[],
  });
  let category = under.category;
  if (columns.category !== undefined) {
    if ((text.category ?? "") !== "") reading.lastCategoryCell = text.category ?? "";
    if (reading.lastCategoryCell !== "") category = category ? `${category} / ${reading.lastCategoryCell}` : reading.lastCategoryCell;
  }
  let target = text.target ?? "";
  const unit = text.unit ?? "";
  if (unit !== "" && /^[+-]?\d+(?:\.\d+)?%?$/.test(toHalfWidth(target))) target += unit;
  const deadline = deadlineOf(reading, values.deadline);
  // The same cells give the same text: read once with them, shared.
  const responsibilityText = responsibility.written;
  const leaderCell = text.leader ?? "";
  const leaders = leaderCell === "" ? responsibility.leaders : [...leaderCell.split(/[、，,；;\s]+/).filter((name) => name !== ""), ...responsibility.leaders];
  const sheetRow = reading.originRow + row + 1;
  const task: Task = {
    id,
    number: idOwnCell !== "" ? idOwnCell : (text.id ?? "").replace(/\s+/g, ""),
    section: under.section,
    title: text.title ?? "",
    category,
    target,
    leads: responsibility.leads,
    supporting: responsibility.supporting,
    responsibility: responsibility.kind,
    deadline: deadline.date,
    source: grid.file !== undefined ? { file: grid.file, sheet: grid.name, row: sheetRow } : { sheet: grid.name, row: sheetRow },
    // Made with the task (undefined when no cell names a department), not added after: a smaller object.
    responsibilityText: responsibilityText !== "" ? responsibilityText : undefined,
  };
  if (idOwnCell === "" && (text.id ?? "") !== "") task.numberInferred = true;
  if (leaders.length > 0) task.leaders = leaders.filter((name, index) => leaders.indexOf(name) === index);
  if (columns.leader !== undefined) task.leader = text.leader ?? "";
  if (columns.remark !== undefined) task.remark = text.remark ?? "";
  tasks.push(task);
  const where = taskCells(grid, columns, read.rowMerges, row, { departmentColumns: responsibility.departmentColumns, idText: idOwnCell, deadlineText: text.deadline ?? "", deadlineValid: deadline.valid });
  if (responsibility.hasRunTogether) {
    const address = where.address;
    for (const { column, runTogether } of responsibility.cells) {
      const cell = address[column] ?? "";
      for (const problem of runTogether)
        reading.problems.push({ code: problem.code, severity: "warning", ...(grid.file === undefined ? {} : { file: grid.file }), sheet: grid.name, cell, message: problem.message, messageEn: problem.messageEn });
    }
  }
  reading.cells.push(where);
}

/** A converter that converts each distinct text of this table once (a table names the same few departments again and again). */
function convertEachOnce(convert: (text: string) => string): (text: string) => string {
  const converted = new Map<string, string>();
  return (text) => {
    let result = converted.get(text);
    if (result === undefined) converted.set(text, (result = convert(text)));
    return result;
  };
}

/** A 完成时限 cell read as a date (with the table's year for 12月底前), each distinct text once. */
function deadlineOf(reading: TableReading, value: CellValue | undefined): DeadlineReading {
  if (typeof value !== "string") return parseDeadline(value, { year: reading.year });
  let deadline = reading.deadlines.get(value);
  if (deadline === undefined) reading.deadlines.set(value, (deadline = parseDeadline(value, { year: reading.year })));
  return deadline;
}
