import type { Problem, ProblemLocation, Severity } from "../problem";

export type TemplateProblemCode =
  | "template-other-period"
  | "template-other-department"
  | "template-task-changed"
  | "template-edited-outside-inputs"
  | "template-rows-deleted"
  | "template-key-missing"
  | "template-missing-figure";

interface Facts {
  department: string;
  period?: string;
  expected?: string;
  taskId?: string;
}

function messages(code: TemplateProblemCode, facts: Facts): [string, string] {
  const { department, taskId = "" } = facts;
  switch (code) {
    case "template-other-period":
      return [
        `${department}报回的填报表是${facts.period ?? ""}期的，不是本期（${facts.expected ?? ""}）的，整表未导入。请该单位用本期填报表重新填报。`,
        `${department}'s report template is for ${facts.period ?? ""}, not this period (${facts.expected ?? ""}); nothing was imported. Ask for this period's template.`,
      ];
    case "template-other-department":
      return [
        `这份填报表（${department}${facts.period ? `，${facts.period}期` : ""}）不属于本任务表的本单位任务，未导入。请核对是否用错了其他单位或其他任务表的填报表。`,
        `This report template (${department}) does not belong to this task table's tasks of the department; not imported. Check that it is the right department's template.`,
      ];
    case "template-task-changed":
      return [
        `${department}填报表第${taskId}项任务在填报表生成后已在任务表中修改或删除，此行改按名称对应。请核对对应结果，必要时重新下发填报表。`,
        `Task ${taskId} of ${department}'s template changed or was removed from the task table after the template was made; the row was matched by its title instead. Check it, or send a new template.`,
      ];
    case "template-edited-outside-inputs":
      return [
        `${department}在填报表第${taskId}项的锁定栏（序号、工作任务、年度目标、本单位职责、单位）中作了改动，已按原任务导入，改动未采用。请提醒该单位只填白色栏。`,
        `${department} changed a locked cell of task ${taskId} in the template; the row was imported against the original task and the change ignored. Ask them to fill only the white cells.`,
      ];
    case "template-rows-deleted":
      return [
        `${department}填报表删去了第${taskId}项任务的行，这些任务按未报送处理。请催该单位补报。`,
        `${department}'s template lacks the rows of task(s) ${taskId}; they count as not reported. Ask the department to report them.`,
      ];
    case "template-key-missing":
      return [
        `${department}填报表的这一行没有核对键（可能是新增或复制的行），已按名称对应。请核对对应结果。`,
        `This row of ${department}'s template has no key (an added or copied row); it was matched by its title. Check the match.`,
      ];
    case "template-missing-figure":
      return [
        `${department}填报了第${taskId}项的进展，但“完成值”没有填数字，完成率只能从文字中读取。请该单位补填完成值。`,
        `${department} reported task ${taskId} without a figure in 完成值; the ratio is read from the text if possible. Ask for the figure.`,
      ];
  }
}

/**
 * A located problem of a report template read back (readReportTemplate), in Chinese and English.
 * @example templateProblem("template-rows-deleted", "warning", { file: "省经委-2007年1-10月进展填报表.xlsx", sheet: "进展填报", cell: "A4" }, { department: "省经委", taskId: "5" }).code // "template-rows-deleted"
 */
export function templateProblem(code: TemplateProblemCode, severity: Severity, location: ProblemLocation, facts: Facts): Problem {
  const [message, messageEn] = messages(code, facts);
  return { code, severity, ...location, message, messageEn };
}
