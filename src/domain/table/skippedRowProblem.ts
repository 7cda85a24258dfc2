import type { Problem } from "../problem";

/** Why a row of a task table was not read as a task. */
export type SkippedRowReason = "header-repeated" | "note" | "lone-number" | "no-task-text";

const REASONS: Record<SkippedRowReason, { zh: string; en: string }> = {
  "header-repeated": { zh: "重复了表头", en: "repeats the header" },
  note: { zh: "是说明或注释", en: "is a note" },
  "lone-number": { zh: "只有一个序号", en: "holds a number only" },
  "no-task-text": { zh: "没有任务内容也没有责任单位", en: "has no task text and no responsible unit" },
};

/**
 * The problem that says a task-table row was skipped, at its first filled cell, so that no row goes silently
 * (`skipped-row`, info; a row that merely holds header words is still a task).
 * @example skippedRowProblem({ sheet: "任务分解表", cell: "A12", text: "注：列第一位者为牵头单位" }, "note")
 * // { code: "skipped-row", severity: "info", sheet: "任务分解表", cell: "A12", message: "第12行（A12“注：列第一位者为牵头单位”）是说明或注释，未作为任务读取。…", … }
 */
export function skippedRowProblem(at: { file?: string; sheet: string; cell: string; row: number; text: string }, reason: SkippedRowReason): Problem {
  const shown = at.text.length > 30 ? `${at.text.slice(0, 30)}…` : at.text;
  const why = REASONS[reason];
  return {
    code: "skipped-row",
    severity: "info",
    ...(at.file === undefined ? {} : { file: at.file }),
    sheet: at.sheet,
    cell: at.cell,
    message: `第${at.row}行（${at.cell}“${shown}”）${why.zh}，未作为任务读取。如这一行是任务，请补上任务内容和责任单位。`,
    messageEn: `Row ${at.row} (${at.cell} "${shown}") ${why.en} and was not read as a task; if it is one, fill in its task and responsible units.`,
  };
}
