import type { Problem } from "../problem";

export interface ProblemReportJson {
  code: string;
  severity: Problem["severity"];
  file?: string;
  sheet?: string;
  cell?: string;
  line?: number;
  message: string;
  messageEn: string;
  suggestion?: string;
}

/**
 * A problem in the report's shape (location fields only when known).
 * @example problemReportJson(problem) // { code: "missing-lead", severity: "error", sheet: "分工方案", cell: "E7", message: "…" }
 */
export function problemReportJson(problem: Problem): ProblemReportJson {
  const json: ProblemReportJson = { code: problem.code, severity: problem.severity, message: problem.message, messageEn: problem.messageEn };
  if (problem.file !== undefined) json.file = problem.file;
  if (problem.sheet !== undefined) json.sheet = problem.sheet;
  if (problem.cell !== undefined) json.cell = problem.cell;
  if (problem.line !== undefined) json.line = problem.line;
  if (problem.suggestion !== undefined) json.suggestion = problem.suggestion;
  return json;
}
