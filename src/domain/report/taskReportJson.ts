import type { Task } from "../task";

/** A task as the JSON report shows it (stable shape: later versions add fields, never remove them). */
export interface TaskReportJson {
  id: string;
  title: string;
  category: string;
  leads: string[];
  supporting: string[];
  responsibility: Task["responsibility"];
  deadline: string | null;
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
  return {
    id: task.id,
    title: task.title,
    category: task.category,
    leads: task.leads,
    supporting: task.supporting,
    responsibility: task.responsibility,
    deadline: task.deadline,
    source,
  };
}
