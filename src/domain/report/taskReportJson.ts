import type { Task } from "../task";

/** A task as the JSON report shows it (stable shape: later versions add fields, never remove them). */
export interface TaskReportJson {
  id: string;
  /** The number as printed (“1.”, “(一)”), "" when the task has none. */
  number: string;
  /** Printed numbers of the headings the task stands under, outermost first. */
  section: string[];
  title: string;
  category: string;
  leads: string[];
  supporting: string[];
  responsibility: Task["responsibility"];
  deadline: string | null;
  /** Named leaders (责任领导 / 分管领导): persons, never departments. */
  leaders: string[];
  /** Names the reading inferred (a carried prefix, an inherited merged cell, a leader from a heading). */
  inferred: string[];
  /** The number is inherited from a merged 序号 cell above. */
  numberInferred?: boolean;
  source: { sheet?: string; row?: number; line?: number; file?: string };
}

/**
 * A task in the report's shape.
 * @example taskReportJson(task) // { id: "1", title: "耕地保有量保持在553万公顷。", leads: ["省国土资源厅"], … }
 */
export function taskReportJson(task: Task): TaskReportJson {
  const source: TaskReportJson["source"] = {};
  if (task.source.file !== undefined) source.file = task.source.file;
  if (task.source.sheet !== undefined) source.sheet = task.source.sheet;
  if (task.source.row !== undefined) source.row = task.source.row;
  if (task.source.line !== undefined) source.line = task.source.line;
  const json: TaskReportJson = {
    id: task.id,
    number: task.number ?? "",
    section: task.section ?? [],
    title: task.title,
    category: task.category,
    leads: task.leads,
    supporting: task.supporting,
    responsibility: task.responsibility,
    deadline: task.deadline,
    leaders: task.leaders ?? (task.leader ? [task.leader] : []),
    inferred: task.inferred ?? [],
    source,
  };
  if (task.numberInferred) json.numberInferred = true;
  return json;
}
