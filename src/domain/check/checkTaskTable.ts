import { buildRoster } from "../departments/buildRoster";
import { DEFAULT_SETTINGS, type LedgerSettings } from "../evaluation";
import { isLedgerLike } from "../sheets/isLedgerLike";
import { productSheetNameKind } from "../sheets/productSheetNameKind";
import { taskSheetCandidates } from "./taskSheetCandidates";
import { isRosterSheetName } from "../departments/isRosterSheetName";
import { parseCellAddress, type SheetGrid } from "../grid";
import { fail, ok, type Problem, type Result } from "../problem";
import { detectTaskColumns } from "../table/detectTaskColumns";
import { readTaskTable } from "../table/readTaskTable";
import type { ColumnMap, Task, TaskColumn } from "../task";
import { validateTasks } from "../validation/validateTasks";

/** What step 1 (check) read from a workbook's task table. */
export interface CheckReport {
  /** The task sheet. */
  sheet: string;
  /** 1-based sheet row where the header starts. */
  headerRow: number;
  columns: ColumnMap;
  /** Header text of each column ("" for a column not found). */
  headers: Record<TaskColumn, string>;
  tasks: Task[];
  /** The 部门名录 sheet names were checked against, null when the workbook has none. */
  rosterSheet: string | null;
}


const EXPECTED_HEADERS = "序号、工作任务（或目标任务、任务名称、主要任务）、牵头单位、配合单位（或一个责任单位列）、完成时限";
const EXPECTED_HEADERS_EN = "序号 (No.), 工作任务 (task), 牵头单位 (lead) and 配合单位 (supporting) or one 责任单位 column, 完成时限 (deadline)";

function byCell(a: Problem, b: Problem): number {
  const left = a.cell ? parseCellAddress(a.cell) : null;
  const right = b.cell ? parseCellAddress(b.cell) : null;
  if (left === null || right === null) return (left === null ? 0 : 1) - (right === null ? 0 : 1);
  return left.row - right.row || left.col - right.col;
}

/**
 * The engine of step 1 (check), for the command line and the task pane: pick the task sheet (the one named,
 * else the best of taskSheetCandidates: a header with a task column and a lead or responsibility column — never a
 * 部门名录 roster, nor a sheet of the product's own by its configured name or its content, nor a progress sheet
 * while another sheet is a task table), build the roster from the 部门名录
 * sheet if any, read the tasks and validate them. Problems come sorted by row and column.
 * `columns` (and `headerRow`, 1-based, the header's last row) are the clerk's corrections of the detected ones.
 * Fails with `no-task-table` (naming the sheets and the headers looked for) or `no-such-sheet`.
 * @example checkTaskTable(sheets) // { ok: true, value: { sheet: "任务分解表", headerRow: 2, tasks: [...], rosterSheet: "部门名录", … }, problems: [...] }
 * @example checkTaskTable(sheets, { sheet: "分工方案", columns: { title: 1, responsible: 2 } })
 */
export function checkTaskTable(
  sheets: readonly SheetGrid[],
  options: {
    sheet?: string;
    columns?: ColumnMap;
    headerRow?: number;
    toSimplified?: (text: string) => string;
    settings?: Pick<LedgerSettings, "ledgerSheetName" | "summarySheetName">;
  } = {},
): Result<CheckReport> {
  const file = sheets[0]?.file;
  const rosterGrid = sheets.find((grid) => isRosterSheetName(grid.name)) ?? null;
  const roster = buildRoster(rosterGrid);
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const ownSheet = (grid: SheetGrid): boolean => grid === rosterGrid || productSheetNameKind(grid.name, settings) !== null || isLedgerLike(grid);
  const located = (problem: Problem): Problem => (file !== undefined && problem.file === undefined ? { ...problem, file } : problem);

  let taskGrid: SheetGrid | undefined;
  if (options.sheet !== undefined) {
    taskGrid = sheets.find((grid) => grid.name === options.sheet) ?? sheets.find((grid) => grid.name.trim() === options.sheet?.trim());
    if (taskGrid === undefined) {
      const names = sheets.map((grid) => `“${grid.name}”`).join("、");
      return fail([
        located({
          code: "no-such-sheet",
          severity: "error",
          message: `工作簿中没有名为“${options.sheet}”的工作表（现有：${names || "无"}），请检查表名。`,
          messageEn: `The workbook has no sheet named "${options.sheet}" (it has ${sheets.map((grid) => `"${grid.name}"`).join(", ") || "none"}); check the name.`,
        }),
      ]);
    }
  } else {
    const candidates = sheets.filter((grid) => !ownSheet(grid));
    const best = taskSheetCandidates(sheets, { settings })[0];
    taskGrid = candidates.find((grid) => grid.name === best);
    if (taskGrid === undefined && options.columns !== undefined) taskGrid = candidates[0];
  }

  if (taskGrid === undefined || (options.columns === undefined && detectTaskColumns(taskGrid) === null)) {
    const looked = taskGrid ? [taskGrid] : sheets.filter((grid) => !ownSheet(grid));
    const names = looked.map((grid) => `“${grid.name}”`).join("、") || "（无工作表）";
    const namesEn = looked.map((grid) => `"${grid.name}"`).join(", ") || "(no sheets)";
    return fail([
      located({
        code: "no-task-table",
        severity: "error",
        sheet: taskGrid?.name,
        message: `在工作表${names}中找不到任务表：没有包含任务列和牵头/责任单位列的表头。应有的表头如：${EXPECTED_HEADERS}。请检查表头，或指定工作表和各列。`,
        messageEn: `No task table found in ${namesEn}: no header row with a task column and a lead or responsibility column. Expected headers such as ${EXPECTED_HEADERS_EN}. Check the header, or choose the sheet and columns.`,
      }),
    ]);
  }

  const read = readTaskTable(taskGrid, { columns: options.columns, headerRow: options.headerRow, roster, ...(options.toSimplified ? { toSimplified: options.toSimplified } : {}) });
  if (!read.ok) return fail(read.problems.map(located));
  const table = read.value;
  const problems = [
    ...read.problems,
    ...validateTasks(table.tasks, { sheet: table.sheet, file: taskGrid.file, roster, cells: table.cells }),
  ]
    .map(located)
    .sort(byCell);
  return ok(
    { sheet: table.sheet, headerRow: table.headerRow, columns: table.columns, headers: table.headers, tasks: table.tasks, rosterSheet: roster.sheet },
    problems,
  );
}
