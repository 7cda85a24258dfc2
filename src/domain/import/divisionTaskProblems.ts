import type { Problem } from "../problem";
import type { ParsedResponsibility } from "../responsibility/parseResponsibility";
import { excerpt } from "./excerpt";
import { hasWords } from "./hasWords";
import type { DivisionItem } from "./readDivisionItems";
import { sourceLocation } from "./sourceLocation";

/**
 * The problems of one task of a division document: those of its responsibility (`no-department` an error, the
 * others warnings), placed on the responsibility's line and quoting the task, and `empty-title` when the
 * responsibility has no task text before it.
 * @example divisionTaskProblems(item, parseResponsibility("（牵头）"), "分工方案.txt")[0].code // "no-department"
 */
export function divisionTaskProblems(item: Extract<DivisionItem, { type: "task" }>, parsed: ParsedResponsibility, file: string | undefined): Problem[] {
  const problems: Problem[] = parsed.problems.map((problem) => ({
    code: problem.code,
    severity: problem.code === "no-department" ? "error" : "warning",
    ...sourceLocation(file, item.responsibilityLine),
    message: `第${item.responsibilityLine}行任务“${excerpt(item.title)}”：${problem.message}`,
    messageEn: `Line ${item.responsibilityLine}, task "${excerpt(item.title)}": ${problem.messageEn}`,
  }));
  if (!hasWords(item.title)) {
    problems.push({
      code: "empty-title",
      severity: "error",
      ...sourceLocation(file, item.line),
      message: `第${item.line}行的责任表述“${excerpt(item.responsibility)}”前面没有任务内容，请补上任务。`,
      messageEn: `Line ${item.line}: the responsibility "${excerpt(item.responsibility)}" has no task text before it; add the task.`,
    });
  }
  return problems;
}
