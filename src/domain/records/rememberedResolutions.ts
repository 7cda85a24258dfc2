import type { Problem } from "../problem";
import { normalizeTaskId } from "../progress/normalizeTaskId";
import type { ProgressRow } from "../progress/progressRow";
import { progressRowKey } from "../progress/progressRowKey";
import type { Task } from "../task";
import { normalizeTitle } from "../titles/normalizeTitle";
import { ASSIGNMENT_SHEET, type AssignmentRecord } from "./assignmentRecord";
import { assignmentKey } from "./assignmentKey";
import { assignmentRowIdentity } from "./assignmentRowIdentity";

export interface RememberedResolutions {
  /** Row key (progressRowKey) → task id, or null for 不计入: as the clerk chose last month. */
  resolutions: Record<string, string | null>;
  /** Remembered assignments whose task is no longer in the task table: the row is matched afresh. */
  problems: Problem[];
}

/**
 * The assignments the workbook remembers (对应记录), applied to this month's rows: the same department's same row
 * (assignmentRowIdentity) goes to the same task again — found by its number when that number still names the task
 * of the remembered title, else by that title — or is set aside again. A row of the product's report template
 * (matched by its key) and the rows in `forgotten` (the clerk undid the remembered assignment) are left out.
 * @example rememberedResolutions(rows, [{ department: "省经委", rowTask: "全省工业用电量", taskId: null, taskTitle: "", asOf: "2007-10-31" }], tasks).resolutions // { "|省经委进展|C20": null }
 */
export function rememberedResolutions(
  rows: readonly ProgressRow[],
  records: readonly AssignmentRecord[],
  tasks: readonly Task[],
  forgotten: readonly string[] = [],
): RememberedResolutions {
  const byKey = new Map(records.map((record) => [assignmentKey(record.department, record.rowTask), record]));
  const resolutions: Record<string, string | null> = {};
  const problems: Problem[] = [];
  for (const row of rows) {
    const rowKey = progressRowKey(row);
    if (row.templateTaskId !== undefined || forgotten.includes(rowKey)) continue;
    const record = byKey.get(assignmentRowIdentity(row).key);
    if (record === undefined) continue;
    if (record.taskId === null) {
      resolutions[rowKey] = null;
      continue;
    }
    const task = rememberedTask(record, tasks);
    if (task !== undefined) resolutions[rowKey] = task.id;
    else problems.push(goneProblem(record, row));
  }
  return { resolutions, problems };
}

/** The task a remembered assignment names: by its number when the title still agrees, else by its title alone. */
function rememberedTask(record: AssignmentRecord, tasks: readonly Task[]): Task | undefined {
  const title = normalizeTitle(record.taskTitle);
  const id = normalizeTaskId(record.taskId ?? "");
  const byId = tasks.find((task) => normalizeTaskId(task.id) === id);
  if (byId !== undefined && (title === "" || normalizeTitle(byId.title) === title)) return byId;
  const byTitle = title === "" ? [] : tasks.filter((task) => normalizeTitle(task.title) === title);
  return byTitle.length === 1 ? byTitle[0] : undefined;
}

function goneProblem(record: AssignmentRecord, row: ProgressRow): Problem {
  return {
    code: "remembered-assignment-gone",
    severity: "info",
    ...(row.source.file !== undefined ? { file: row.source.file } : {}),
    sheet: row.source.sheet,
    cell: row.source.cell,
    message: `上次把${record.department}的“${record.rowTask}”对应到任务${record.taskId}“${record.taskTitle}”（见“${ASSIGNMENT_SHEET}”工作表），现在的任务表里已没有这项任务，所以这一行改为自动匹配；如匹配不对，请在第2步重新选择对应的任务。`,
    messageEn: `Last time ${record.department}'s "${record.rowTask}" was assigned to task ${record.taskId} "${record.taskTitle}" (see the "${ASSIGNMENT_SHEET}" sheet); the task table no longer has that task, so the row is matched afresh. If the match is wrong, choose its task again in step 2.`,
  };
}
