import type { Problem } from "../domain/problem";
import type { Task } from "../domain/task";
import { reportTemplateLayout, type ReportTemplate } from "../domain/templates/reportTemplateLayout";
import { templateDepartments } from "../domain/templates/templateDepartments";
import type { WorkbookPort } from "../workbook/workbookPort";
import { checkWorkbook } from "./checkWorkbook";

export interface ReportTemplatesRequest {
  /** yyyy-mm-dd, validated by the front. */
  asOf: string;
  /** The task sheet, when the clerk chose one. */
  sheet?: string;
  /** What step 1 read, when the front has it already. */
  check?: { tasks: readonly Task[] };
}

export type ReportTemplates = { ok: true; templates: ReportTemplate[]; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Report templates (进展填报表) for the period of `asOf`: one per department that leads or supports any task of the
 * task table, each listing its tasks (reportTemplateLayout). The front renders each layout as an .xlsx file
 * (layoutWorkbookBytes) and saves them in a folder or a .zip.
 * @example const made = await makeReportTemplates(port, { asOf: "2007-10-31" }); made.ok && made.templates[0].fileName // "省经委-2007年1-10月进展填报表.xlsx"
 */
export async function makeReportTemplates(port: WorkbookPort, request: ReportTemplatesRequest): Promise<ReportTemplates> {
  let tasks = request.check?.tasks;
  const problems: Problem[] = [];
  if (tasks === undefined) {
    const checked = await checkWorkbook(port, request.sheet !== undefined ? { sheet: request.sheet } : {});
    if (!checked.ok) return { ok: false, problems: checked.problems };
    tasks = checked.value.tasks;
    problems.push(...checked.problems);
  }
  const templates = templateDepartments(tasks).map((department) => reportTemplateLayout(tasks, department, request.asOf));
  return { ok: true, templates, problems };
}
