import { buildRoster, type DepartmentRoster } from "../departments/buildRoster";
import { displayDepartment } from "../departments/displayDepartment";
import { findDepartment } from "../departments/findDepartment";
import { cellAddress, type CellValue, type MergedRange, type SheetGrid } from "../grid";
import { fail, ok, type Problem, type Result } from "../problem";
import { parseResponsibility } from "../responsibility/parseResponsibility";
import type { ColumnMap, Task, TaskColumn } from "../task";
import { cellText } from "../text/cellText";
import { toHalfWidth } from "../text/toHalfWidth";
import { readTaskNumber } from "../import/readTaskNumber";
import { readLeaders } from "../responsibility/readLeaders";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";
import { detectTaskColumns } from "./detectTaskColumns";
import { isNoteText } from "./isNoteText";
import { isHeaderEcho } from "./isHeaderEcho";
import { parseDeadline } from "../dates/parseDeadline";
import { labelRow } from "./labelRow";
import { readResponsibilityCells } from "./readResponsibilityCells";
import { skippedRowProblem, type SkippedRowReason } from "./skippedRowProblem";
import { sectionHeading, type SectionHeading } from "./sectionHeading";
import { tableYear } from "./tableYear";
import { uniqueTaskIds } from "./uniqueTaskIds";

/** Where a task's cells are, and what validation needs that the Task does not keep. */
export interface TaskRowCells {
  /** A1 address of each mapped column's cell in the task's row (of the merge's top cell when merged down). */
  address: Partial<Record<TaskColumn, string>>;
  /** Each department's canonical name → A1 address of the cell that names it (the lead cell first). */
  departments: Record<string, string>;
  /** The 序号 as written in the row's own cell ("" when empty or merged from above: the id is generated). */
  idText: string;
  /** The 完成时限 cell as text ("" when empty). */
  deadlineText: string;
  /** False when the 完成时限 cell holds a date that cannot exist or is no date (bad-deadline). */
  deadlineValid: boolean;
}

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

const ALL_COLUMNS: TaskColumn[] = ["id", "category", "title", "target", "unit", "lead", "supporting", "responsible", "deadline", "leader", "remark"];
const RESPONSIBILITY_COLUMNS: TaskColumn[] = ["lead", "supporting", "responsible"];

/** Merged ranges by the rows they cover, so that each cell is looked up among its own row's merges only. */
function mergesByRow(grid: SheetGrid): Map<number, MergedRange[]> {
  const byRow = new Map<number, MergedRange[]>();
  for (const range of grid.merges ?? []) {
    for (let row = range.top; row <= range.bottom; row += 1) byRow.set(row, [...(byRow.get(row) ?? []), range]);
  }
  return byRow;
}

/** The cell's value, or its merge's top-left value when the cell is merged down from a row above. */
function valueAt(grid: SheetGrid, merges: MergedRange[], row: number, col: number): { value: CellValue | undefined; from: { row: number; col: number } } {
  const merge = merges.find((range) => range.top < row && range.left <= col && col <= range.right);
  if (merge) return { value: merge.left === col ? grid.rows[merge.top]?.[merge.left] : null, from: { row: merge.top, col } };
  return { value: grid.rows[row]?.[col], from: { row, col } };
}

function isMergedAcross(merges: MergedRange[], row: number, col: number): boolean {
  return merges.some((range) => range.top === row && range.left === col && range.right > range.left);
}

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
  const simplify = options.toSimplified ?? ((written: string): string => written);
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
  const year = options.year ?? tableYear(grid, firstHeaderRow, columns.deadline);

  let firstListedLeads = options.firstListedLeads === true;
  const noteRule = (text: string): void => {
    if (parseResponsibility(text).conventionNote?.firstListedLeads) firstListedLeads = true;
  };
  // A title or a note above the header may state the rule for the whole table.
  for (const row of grid.rows.slice(0, Math.max(0, firstHeaderRow))) for (const value of row) noteRule(cellText(value));

  const tasks: Task[] = [];
  const cells: TaskRowCells[] = [];
  const headings: { level: number; text: string }[] = [];
  let lastCategoryCell = "";
  const idRepeats = new Map<string, number>();
  const problems: Problem[] = [];

  const merges = mergesByRow(grid);
  for (let row = headerRow + 1; row < grid.rows.length; row += 1) {
    const rowMerges = merges.get(row) ?? [];
    const own = (grid.rows[row] ?? []).map((value) => cellText(value));
    const filled = own.map((text, col) => ({ text, col })).filter((entry) => entry.text !== "");
    if (filled.length === 0) continue;
    const skip = (reason: SkippedRowReason): void => {
      const first = filled[0];
      const at = { sheet: grid.name, cell: cellAddress(grid, row, first.col), row: originRow + row + 1, text: first.text };
      problems.push(skippedRowProblem(grid.file === undefined ? at : { ...at, file: grid.file }, reason));
    };

    const text: Partial<Record<TaskColumn, string>> = {};
    const address: Partial<Record<TaskColumn, string>> = {};
    const values: Partial<Record<TaskColumn, CellValue | undefined>> = {};
    for (const column of ALL_COLUMNS) {
      const col = columns[column];
      if (col === undefined) continue;
      const cell = valueAt(grid, rowMerges, row, col);
      values[column] = cell.value;
      text[column] = cellText(cell.value);
      address[column] = cellAddress(grid, cell.from.row, cell.from.col);
    }
    if (isHeaderEcho(text, headers)) {
      skip("header-repeated");
      continue;
    }

    const hasResponsibility = RESPONSIBILITY_COLUMNS.some((column) => (text[column] ?? "") !== "");
    // Notes: 注：… / 说明：… alone in a row (or a lone cell outside the responsibility columns stating the rule).
    if (filled.length === 1 && !hasResponsibility) {
      const lone = filled[0];
      const ruleNote = parseResponsibility(lone.text).conventionNote?.firstListedLeads === true;
      if (isNoteText(lone.text) || ruleNote) {
        if (ruleNote) firstListedLeads = true;
        skip("note");
        continue;
      }
    }

    // Section headings: nothing but a heading (and its number in the 序号 cell), no departments, no deadline.
    if (!hasResponsibility) {
      const others = filled.filter(({ col }) => col !== columns.id && col !== columns.title && col !== columns.category);
      const idOwn = columns.id !== undefined ? (own[columns.id] ?? "") : "";
      const titleOwn = columns.title !== undefined ? (own[columns.title] ?? "") : "";
      let heading: SectionHeading | null = null;
      if (filled.length === 1) {
        const lone = filled[0];
        const written = lone.text.trim();
        if (lone.col === columns.id && /^[0-9.]+$/.test(toHalfWidth(written))) {
          skip("lone-number");
          continue;
        }
        heading = sectionHeading(written);
        // An unnumbered text alone in the task column is a task without departments, unless it is merged
        // across the row or short like a heading.
        const inTitle = lone.col === columns.title;
        if (heading !== null && !heading.numbered && inTitle && !isMergedAcross(rowMerges, row, lone.col) && (written.length > 30 || /[。；;.]$/.test(written)))
          heading = null;
        if (heading === null && !inTitle) {
          skip("no-task-text");
          continue;
        }
      } else if (others.length === 0 && idOwn !== "" && titleOwn !== "" && !/^[0-9]+(?:\.[0-9]+)*$/.test(toHalfWidth(idOwn).trim())) {
        heading = sectionHeading(titleOwn, idOwn);
      }
      if (heading !== null) {
        while (headings.length > 0 && headings[headings.length - 1].level >= heading.level) headings.pop();
        headings.push(heading);
        continue;
      }
      // No departments and no task text: not a task (a stray number, a total, a footer).
      if ((text.title ?? "") === "") {
        skip("no-task-text");
        continue;
      }
    }

    const responsibility = readResponsibilityCells(
      {
        lead: columns.lead !== undefined ? simplify(text.lead ?? "") : undefined,
        supporting: columns.supporting !== undefined ? simplify(text.supporting ?? "") : undefined,
        responsible: columns.responsible !== undefined ? simplify(text.responsible ?? "") : undefined,
      },
      { roster, firstListedLeads, isKnown },
    );
    if (responsibility.rulesRest) firstListedLeads = true;

    const idOwnCell = columns.id !== undefined ? toHalfWidth(own[columns.id] ?? "").replace(/\s+/g, "") : "";
    let id = toHalfWidth(text.id ?? "").replace(/\s+/g, "");
    if (id === "") id = String(tasks.length + 1);
    else if (idOwnCell === "") {
      // Merged down from the row above: 3, 3-2, 3-3 …
      const repeat = (idRepeats.get(id) ?? 1) + 1;
      idRepeats.set(id, repeat);
      id = `${id}-${repeat}`;
    }

    let category = headings.map((heading) => heading.text).join(" / ");
    if (columns.category !== undefined) {
      if ((text.category ?? "") !== "") lastCategoryCell = text.category ?? "";
      if (lastCategoryCell !== "") category = category ? `${category} / ${lastCategoryCell}` : lastCategoryCell;
    }

    let target = text.target ?? "";
    const unit = text.unit ?? "";
    if (unit !== "" && /^[+-]?\d+(?:\.\d+)?%?$/.test(toHalfWidth(target))) target += unit;

    const deadline = parseDeadline(values.deadline, { year });
    const responsibilityText = RESPONSIBILITY_COLUMNS.map((column) => text[column] ?? "")
      .filter((written) => written !== "")
      .join("；");
    const written = (text.leader ?? "").split(/[、，,；;\s]+/).filter((name) => name !== "");
    const leaders = [...written, ...RESPONSIBILITY_COLUMNS.flatMap((column) => readLeaders(toSimplifiedChinese(simplify(text[column] ?? ""))).leaders)];
    const task: Task = {
      id,
      number: idOwnCell !== "" ? idOwnCell : (text.id ?? "").replace(/\s+/g, ""),
      section: headings.map((heading) => readTaskNumber(heading.text)?.bare ?? heading.text),
      title: text.title ?? "",
      category,
      target,
      leads: responsibility.leads,
      supporting: responsibility.supporting,
      responsibility: responsibility.kind,
      deadline: deadline.date,
      source: grid.file !== undefined ? { file: grid.file, sheet: grid.name, row: originRow + row + 1 } : { sheet: grid.name, row: originRow + row + 1 },
    };
    if (idOwnCell === "" && (text.id ?? "") !== "") task.numberInferred = true;
    if (leaders.length > 0) task.leaders = leaders.filter((name, index) => leaders.indexOf(name) === index);
    if (columns.leader !== undefined) task.leader = text.leader ?? "";
    if (columns.remark !== undefined) task.remark = text.remark ?? "";
    if (responsibilityText !== "") task.responsibilityText = responsibilityText;
    tasks.push(task);
    // No prototype: a department written "constructor" or "__proto__" is a name like any other.
    const departments = Object.create(null) as Record<string, string>;
    for (const column of ["lead", "responsible", "supporting"] as const) {
      const written = text[column] ?? "";
      const cell = address[column];
      if (written === "" || cell === undefined) continue;
      const parsed = parseResponsibility(simplify(written), { isKnown });
      for (const name of parsed.departments) {
        const canonical = displayDepartment(roster, name);
        if (departments[canonical] === undefined) departments[canonical] = cell;
      }
      for (const problem of parsed.problems.filter((entry) => entry.code === "run-together-names"))
        problems.push({ code: problem.code, severity: "warning", ...(grid.file === undefined ? {} : { file: grid.file }), sheet: grid.name, cell, message: problem.message, messageEn: problem.messageEn });
    }
    cells.push({ address, departments, idText: idOwnCell, deadlineText: text.deadline ?? "", deadlineValid: deadline.valid });
  }

  uniqueTaskIds(tasks);
  const table: TaskTable = { sheet: grid.name, headerRow: originRow + firstHeaderRow + 1, columns, headers, tasks, cells };
  if (grid.file !== undefined) table.file = grid.file;
  return ok(table, problems);
}
