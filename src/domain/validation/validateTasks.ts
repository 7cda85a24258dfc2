import type { DepartmentRoster } from "../departments/buildRoster";
import { departmentKey } from "../departments/departmentKey";
import type { Problem, Severity } from "../problem";
import type { TaskRowCells } from "../table/readTaskTable";
import type { Task, TaskColumn } from "../task";
import { normalizeName } from "../text/normalizeName";
import { nearMisses } from "./nearMisses";
import { departmentNameVerdict, type NameVerdict } from "./departmentNameVerdict";
import { createIdIndex, type IdIndex } from "../text/createIdIndex";
import { toHalfWidth } from "../text/toHalfWidth";

export interface ValidationContext {
  /** Sheet the tasks were read from (problem locations). */
  sheet: string;
  file?: string;
  /** The department roster; names are checked against it when it comes from a 部门名录 sheet. */
  roster?: DepartmentRoster;
  /** Whether the roster was read from a sheet; by default when `roster.sheet` is set. */
  rosterFromSheet?: boolean;
  /** For each task (same index): its cells, as readTaskTable gives them. */
  cells?: readonly TaskRowCells[];
}

const NO_NAMES: readonly string[] = Object.freeze([]);
const unique = (names: string[]): string[] => names.filter((name, index) => names.indexOf(name) === index);

/** A title compared for duplicates: normalised, without closing punctuation. */
function titleKey(title: string): string {
  return normalizeName(title).replace(/[。．.；;，,！!]+$/, "");
}

/**
 * Check tasks read from a task table and report, each at its sheet and cell with a Chinese message that says
 * what to do (and an English one):
 * - `missing-lead` (error): no lead department — at the 牵头单位 (or 责任单位) cell;
 * - `unknown-department` (error when a 部门名录 sheet exists, suggesting its closest name; without one, a warning
 *   for a name one edit away from a name used elsewhere in the table, e.g. 省发展改委 / 省发展改革委);
 * - `lead-also-supporting` (warning): a lead also listed as supporting — at the 配合单位 cell;
 * - `multiple-leads` (warning): co-leads split accountability (not for 分别牵头);
 * - `joint-responsibility` (warning): 按职责分工负责, no single lead;
 * - `duplicate-id` (error) at the later 序号 cell; `duplicate-task` (warning) at the later 工作任务 cell;
 * - `bad-deadline` (error): a 完成时限 that is no real date (2011年13月, 2月30日);
 * - `empty-title` (error): departments but no task text.
 * @example validateTasks(table.tasks, { sheet: "任务分解表", roster, cells: table.cells })
 * // [{ code: "missing-lead", severity: "error", sheet: "任务分解表", cell: "C4", message: "第4行任务“非化石能源…”没有牵头单位…", … }]
 */
export function validateTasks(tasks: readonly Task[], context: ValidationContext): Problem[] {
  const validation = startValidation(tasks, context);
  // 序号 as written → the first task that has it (plain numbers kept at their number: no map of every id).
  const ids = createIdIndex();
  const titles = new Map<string, number>();
  tasks.forEach((task, index) => {
    const row = new TaskRow(task, index);
    checkResponsibility(validation, row);
    checkDepartmentNames(validation, row);
    checkDuplicates(validation, row, ids, titles);
    const cells = context.cells?.[index];
    if (cells !== undefined && !cells.deadlineValid) {
      validation.report(
        index,
        ["deadline"],
        "bad-deadline",
        "error",
        `${row.where}完成时限“${cells.deadlineText}”不是有效日期，请写成“2011年12月31日”“2011年12月底”或“2011-12-31”这样的日期。`,
        `The deadline "${cells.deadlineText}" (${rowEn(task)}) is not a valid date; write it like 2011-12-31 or 2011年12月底.`,
      );
    }
  });
  return validation.problems;
}

/** One task being checked: its index, its row (第4行) and its title shortened for messages (worked out when a message needs them). */
class TaskRow {
  constructor(
    readonly task: Task,
    readonly index: number,
  ) {}

  get where(): string {
    return rowOf(this.task);
  }

  get title(): string {
    return short(this.task.title);
  }
}

/** A validation under way: its problems, how to report one at a task's cell, and near misses among the table's names. */
interface Validation {
  tasks: readonly Task[];
  context: ValidationContext;
  rosterFromSheet: boolean;
  problems: Problem[];
  at: (index: number, columns: TaskColumn[]) => string | undefined;
  report: (index: number, columns: TaskColumn[] | string, code: string, severity: Severity, message: string, messageEn: string, suggestion?: string) => void;
  nearMiss: (name: string) => string | null;
  /** departmentNameVerdict, worked out once per name. */
  nameVerdict: (name: string) => NameVerdict | null;
}


const LEAD_CELL: TaskColumn[] = ["lead", "responsible", "supporting"];
const SUPPORT_CELL: TaskColumn[] = ["supporting", "responsible", "lead"];
const short = (title: string): string => (title.length > 24 ? `${title.slice(0, 24)}…` : title);
const rowOf = (task: Task): string => (task.source.row !== undefined ? `第${task.source.row}行` : "");
const rowEn = (task: Task): string => (task.source.row !== undefined ? `row ${task.source.row}` : "a row");

function startValidation(tasks: readonly Task[], context: ValidationContext): Validation {
  const problems: Problem[] = [];
  const rosterFromSheet = context.rosterFromSheet ?? (context.roster?.sheet !== null && context.roster?.sheet !== undefined);
  const at = (index: number, columns: TaskColumn[]): string | undefined => {
    const address = context.cells?.[index]?.address;
    for (const column of columns) if (address?.[column] !== undefined) return address[column];
    return undefined;
  };
  const report: Validation["report"] = (index, columns, code, severity, message, messageEn, suggestion) => {
    const problem: Problem = { code, severity, sheet: context.sheet, message, messageEn };
    if (context.file !== undefined) problem.file = context.file;
    const cell = typeof columns === "string" ? (ownCell(context.cells?.[index], columns) ?? at(index, LEAD_CELL)) : at(index, columns);
    if (cell !== undefined) problem.cell = cell;
    if (suggestion !== undefined) problem.suggestion = suggestion;
    problems.push(problem);
  };
  const verdicts = new Map<string, NameVerdict | null>();
  const nameVerdict = (name: string): NameVerdict | null => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) verdicts.set(name, (verdict = departmentNameVerdict(name, { roster: rosterFromSheet ? context.roster : undefined, nearMiss: validation.nearMiss })));
    return verdict;
  };
  const validation: Validation = { tasks, context, rosterFromSheet, problems, at, report, nearMiss: nearMisses(tasks), nameVerdict };
  return validation;
}

/** empty-title; joint-responsibility, missing-lead or multiple-leads; lead-also-supporting. */
function checkResponsibility(validation: Validation, row: TaskRow): void {
  const { task, index } = row;
  const { report } = validation;
  if (task.title.trim() === "") {
    report(index, ["title"], "empty-title", "error", `${row.where}写有责任单位但没有任务内容，请填写工作任务，或删除这一行。`, `${rowEn(task)} names departments but has no task text; fill in the task or delete the row.`);
  }

  if (task.responsibility === "joint") {
    report(
      index,
      LEAD_CELL,
      "joint-responsibility",
      "warning",
      `${row.where}任务“${row.title}”由${task.supporting.join("、")}按职责分工负责，没有单一牵头单位；如需一个单位对任务负总责，请指定牵头单位。`,
      `The task "${row.title}" (${rowEn(task)}) is shared by remit (按职责分工负责) with no single lead; name a lead department if one must answer for it.`,
    );
  } else if (task.leads.length === 0) {
    report(
      index,
      LEAD_CELL,
      "missing-lead",
      "error",
      `${row.where}任务“${row.title}”没有牵头单位，请在牵头单位栏填写一个牵头单位${task.supporting.length > 0 ? `（配合单位为${task.supporting.join("、")}）` : ""}。`,
      `The task "${row.title}" (${rowEn(task)}) has no lead department; enter one in the lead column.`,
    );
  } else if (task.responsibility === "lead" && task.leads.length > 1) {
    report(
      index,
      LEAD_CELL,
      "multiple-leads",
      "warning",
      `${row.where}任务“${row.title}”有${task.leads.length}个牵头单位（${task.leads.join("、")}），责任不易落实；请只保留一个牵头单位、其余列为配合单位，若各自负责一部分请注明“分别牵头”。`,
      `The task "${row.title}" (${rowEn(task)}) has ${task.leads.length} lead departments (${task.leads.join(", ")}); keep one lead and list the others as supporting, or write 分别牵头 if each leads its own part.`,
    );
  }

  // The same unit written two ways (市发改委 / 市发展改革委) is still the same unit.
  const supportingKeys = task.supporting.length === 0 ? NO_NAMES : task.supporting.map((name) => departmentKey(name));
  for (const name of supportingKeys.length === 0 ? NO_NAMES : unique(task.leads.filter((lead) => supportingKeys.includes(departmentKey(lead))))) {
    report(
      index,
      SUPPORT_CELL,
      "lead-also-supporting",
      "warning",
      `${row.where}“${name}”既是牵头单位又列为配合单位，请从配合单位中删去。`,
      `"${name}" (${rowEn(task)}) is both the lead and a supporting department; remove it from the supporting departments.`,
    );
  }
}

/** unknown-department: against the roster sheet (with its closest name), else a near miss of a name used elsewhere. */
function checkDepartmentNames(validation: Validation, row: TaskRow): void {
  // Each name once, leads first (as unique([...leads, ...supporting]) lists them), with no list made per task.
  const { leads, supporting } = row.task;
  for (let at = 0; at < leads.length; at++) if (leads.indexOf(leads[at]) === at) checkDepartmentName(validation, row, leads[at]);
  for (let at = 0; at < supporting.length; at++) {
    const name = supporting[at];
    if (!leads.includes(name) && supporting.indexOf(name) === at) checkDepartmentName(validation, row, name);
  }
}

function checkDepartmentName(validation: Validation, row: TaskRow, name: string): void {
  const { task, index } = row;
  const verdict = validation.nameVerdict(name);
  if (verdict === null) return;
  const { near } = verdict;
  if (verdict.roster !== undefined) {
    validation.report(
      index,
      name,
      "unknown-department",
      "error",
      `${row.where}“${name}”不在部门名录“${verdict.roster}”中${near ? `，是否应为“${near}”？请改为名录中的名称` : "，请改为名录中的名称"}，或把它加入部门名录。`,
      `"${name}" (${rowEn(task)}) is not on the department roster "${verdict.roster}"${near ? `; did you mean "${near}"?` : ""} Use the roster's name or add it to the roster.`,
      near,
    );
  } else if (near !== undefined) {
    validation.report(
      index,
      name,
      "unknown-department",
      "warning",
      `${row.where}“${name}”与表中其他行的“${near}”只差一个字，是否写错？如是同一单位请统一写为“${near}”。`,
      `"${name}" (${rowEn(task)}) differs by one character from "${near}" used elsewhere in the table; if it is the same department write "${near}".`,
      near,
    );
  }
}

/** duplicate-id (the 序号 as written) and duplicate-task (the same title in another cell). */
function checkDuplicates(validation: Validation, row: TaskRow, ids: IdIndex, titles: Map<string, number>): void {
  const { task, index } = row;
  const { report } = validation;
  const { tasks, at } = validation;
  const cells = validation.context.cells?.[index];
  const idText = toHalfWidth(cells?.idText ?? "").trim();
  if (idText !== "") {
    const earlier = ids.get(idText);
    if (earlier !== undefined) {
      const before = tasks[earlier];
      report(
        index,
        ["id"],
        "duplicate-id",
        "error",
        `${row.where}的序号“${idText}”与${rowOf(before)}重复，请改为不重复的序号。`,
        `The number "${idText}" of ${rowEn(task)} repeats that of ${rowEn(before)}; give each task its own number.`,
      );
    } else ids.set(idText, index);
  }

  const key = titleKey(task.title);
  if (key !== "") {
    const earlier = titles.get(key);
    const sameCell = earlier !== undefined && at(earlier, ["title"]) !== undefined && at(earlier, ["title"]) === at(index, ["title"]);
    if (earlier !== undefined && !sameCell) {
      report(
        index,
        ["title"],
        "duplicate-task",
        "warning",
        `${row.where}任务“${row.title}”与${rowOf(tasks[earlier])}重复，请合并或删除其中一行。`,
        `The task "${row.title}" (${rowEn(task)}) repeats ${rowEn(tasks[earlier])}; merge or delete one of them.`,
      );
    } else if (earlier === undefined) titles.set(key, index);
  }
}

/** A department's cell, looked up among the row's own names only (never toString or constructor of every object). */
function ownCell(cells: TaskRowCells | undefined, name: string): string | undefined {
  if (cells === undefined || !Object.hasOwn(cells.departmentColumns, name)) return undefined;
  return cells.address[cells.departmentColumns[name]];
}
