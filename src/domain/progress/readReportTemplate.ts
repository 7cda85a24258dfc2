import { cellAddress, type SheetGrid } from "../grid";
import type { Problem } from "../problem";
import { progressColumnLetters } from "./progressColumnLetters";
import type { ProgressColumn, ProgressRow } from "./progressRow";
import type { Task } from "../task";
import { cellText } from "../text/cellText";
import { parseNumber } from "../numbers/parseNumber";
import { templateProblem } from "../templates/templateProblem";
import { TEMPLATE_COLUMN } from "../templates/templateColumns";
import { parseRowKey } from "../templates/parseRowKey";
import { parseSheetKey } from "../templates/parseSheetKey";
import { rowFingerprint } from "../templates/rowFingerprint";
import { templatePeriod } from "../templates/templatePeriod";
import { templateTasks } from "../templates/templateTasks";
import { templateUnit } from "../templates/templateUnit";

/** The locked cells the row fingerprint covers, in its order. */
const LOCKED_COLUMNS = [TEMPLATE_COLUMN.id, TEMPLATE_COLUMN.title, TEMPLATE_COLUMN.target, TEMPLATE_COLUMN.role, TEMPLATE_COLUMN.unit];

export interface TemplateReading {
  department: string;
  period: string;
  /** Rows taken by their key (templateTaskId set), and rows whose key is gone (read as an ordinary sheet's rows). */
  rows: ProgressRow[];
  problems: Problem[];
}

/**
 * A report template this product made (reportTemplateLayout), recognised by the key on its header row, read back
 * exactly: every keyed row becomes a progress row of its task (templateTaskId), the department and period those of
 * the template. Located problems, the rest imported: a template of another period (`template-other-period`, nothing
 * taken) or of a department responsible for none of these tasks (`template-other-department`), a row of a task
 * no longer in the task table or changed since (`template-task-changed`: taken through ordinary matching), a locked
 * cell edited (`template-edited-outside-inputs`), rows deleted (`template-rows-deleted`), a row whose key was
 * removed (`template-key-missing`: ordinary matching), a lead's quantitative row filled without a figure
 * (`template-missing-figure`). null when the sheet is not a template.
 * @example readReportTemplate(filledGrid, { tasks, asOf: "2007-10-31", file: "省经委-2007年1-10月进展填报表.xlsx" })?.rows[0].templateTaskId // "1"
 */
export function readReportTemplate(grid: SheetGrid, options: { tasks: readonly Task[]; asOf: string; file?: string }): TemplateReading | null {
  const headerRow = grid.rows.slice(0, 12).findIndex((row) => parseSheetKey(cellText(row[TEMPLATE_COLUMN.key] ?? null)) !== null);
  if (headerRow < 0) return null;
  const sheetKey = parseSheetKey(cellText(grid.rows[headerRow][TEMPLATE_COLUMN.key] ?? null));
  if (sheetKey === null) return null;
  const at = (row: number, col: number) => ({ ...(options.file !== undefined ? { file: options.file } : {}), sheet: grid.name, cell: cellAddress(grid, row, col) });
  const { department } = sheetKey;
  const reading: TemplateReading = { department, period: sheetKey.period, rows: [], problems: [] };
  const period = templatePeriod(options.asOf);
  if (sheetKey.period !== period.key) {
    reading.problems.push(templateProblem("template-other-period", "error", at(headerRow, TEMPLATE_COLUMN.key), { department, period: sheetKey.period, expected: period.key }));
    return reading;
  }
  const entries = templateTasks(options.tasks, department);
  if (entries.length === 0) {
    reading.problems.push(templateProblem("template-other-department", "error", at(headerRow, TEMPLATE_COLUMN.key), { department }));
    return reading;
  }
  const seen = new Set<string>();
  for (let row = headerRow + 1; row < grid.rows.length; row++) {
    const cells = grid.rows[row] ?? [];
    const text = (col: number): string => cellText(cells[col] ?? null).trim();
    const keyText = text(TEMPLATE_COLUMN.key);
    const rowKey = parseRowKey(keyText);
    const inputs = [TEMPLATE_COLUMN.text, TEMPLATE_COLUMN.value, TEMPLATE_COLUMN.issues, TEMPLATE_COLUMN.plans].map(text);
    if (rowKey === null) {
      if (cells.every((value) => cellText(value ?? null).trim() === "")) continue;
      reading.problems.push(templateProblem("template-key-missing", "warning", at(row, TEMPLATE_COLUMN.id), { department }));
      if (inputs[0] !== "" || inputs[1] !== "") reading.rows.push(progressRow(grid, row, cells, department, options, undefined));
      continue;
    }
    seen.add(rowKey.taskId);
    if (rowKey.period !== period.key || rowKey.department !== department) {
      reading.problems.push(templateProblem("template-other-department", "error", at(row, TEMPLATE_COLUMN.id), { department: rowKey.department, period: rowKey.period }));
      continue;
    }
    const written = LOCKED_COLUMNS.map(text);
    const entry = entries.find((candidate) => candidate.task.id === rowKey.taskId);
    const current = entry ? rowFingerprint([entry.task.id, entry.task.title, entry.task.target, entry.role, templateUnit(entry.task)]) : null;
    const filled = inputs[0] !== "" || inputs[1] !== "";
    if (current !== rowKey.fingerprint) {
      reading.problems.push(templateProblem("template-task-changed", "warning", at(row, TEMPLATE_COLUMN.title), { department, taskId: rowKey.taskId }));
      if (filled) reading.rows.push(progressRow(grid, row, cells, department, options, undefined));
      continue;
    }
    if (rowFingerprint(written) !== rowKey.fingerprint) {
      const expected = entry ? [entry.task.id, entry.task.title, entry.task.target, entry.role, templateUnit(entry.task)] : [];
      const col = LOCKED_COLUMNS.find((_, index) => written[index] !== (expected[index] ?? "").trim());
      reading.problems.push(templateProblem("template-edited-outside-inputs", "warning", at(row, col ?? TEMPLATE_COLUMN.title), { department, taskId: rowKey.taskId }));
    }
    if (!filled) continue;
    const value = parseNumber(inputs[1]);
    if (entry && (value === null || inputs[1] === "") && entry.role !== "配合" && templateUnit(entry.task) !== "") {
      reading.problems.push(templateProblem("template-missing-figure", "warning", at(row, TEMPLATE_COLUMN.value), { department, taskId: rowKey.taskId }));
    }
    reading.rows.push(progressRow(grid, row, cells, department, options, rowKey.taskId));
  }
  const deleted = sheetKey.taskIds.filter((id) => !seen.has(id));
  if (deleted.length > 0) reading.problems.push(templateProblem("template-rows-deleted", "warning", at(headerRow, TEMPLATE_COLUMN.id), { department, taskId: deleted.join("、") }));
  return reading;
}

function progressRow(grid: SheetGrid, row: number, cells: readonly SheetGrid["rows"][number][number][], department: string, options: { asOf: string; file?: string }, taskId: string | undefined): ProgressRow {
  const text = (col: number): string => cellText(cells[col] ?? null).trim();
  const raw = cells[TEMPLATE_COLUMN.value] ?? null;
  const value = typeof raw === "number" ? raw : parseNumber(text(TEMPLATE_COLUMN.value));
  const unit = text(TEMPLATE_COLUMN.unit);
  return {
    id: text(TEMPLATE_COLUMN.id),
    title: text(TEMPLATE_COLUMN.title),
    text: text(TEMPLATE_COLUMN.text),
    ...(value !== null ? { value } : {}),
    ...(unit !== "" ? { unit } : {}),
    department,
    asOf: options.asOf,
    source: { ...(options.file !== undefined ? { file: options.file } : {}), sheet: grid.name, cell: cellAddress(grid, row, TEMPLATE_COLUMN.text), row: row + (grid.origin?.row ?? 0) + 1 },
    columnLetters: templateColumnLetters(grid),
    ...(taskId !== undefined ? { templateTaskId: taskId } : {}),
  };
}

/** The template's column letters (the same for every row of a grid), made once per grid. */
function templateColumnLetters(grid: SheetGrid): Readonly<Partial<Record<ProgressColumn, string>>> {
  let letters = TEMPLATE_LETTERS.get(grid);
  if (letters === undefined) TEMPLATE_LETTERS.set(grid, (letters = progressColumnLetters(grid, TEMPLATE_COLUMN)));
  return letters;
}

const TEMPLATE_LETTERS = new WeakMap<SheetGrid, Readonly<Partial<Record<ProgressColumn, string>>>>();
