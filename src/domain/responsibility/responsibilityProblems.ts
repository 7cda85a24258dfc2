import type { DepartmentList } from "./readDepartmentList";
import type { ResponsibilityProblem } from "./responsibilityReading";

/**
 * The problems of one responsibility text: `no-department` when it names no unit (or only 有关部门), quoting its
 * first 40 characters; `run-together-names` for each run of names written without separators, with the split read.
 * @example responsibilityProblems("（有关部门负责）", { departments: ["有关部门"], vague: true, runTogether: [] })[0].code // "no-department"
 */
export function responsibilityProblems(text: string, reading: { departments: string[]; vague: boolean; runTogether: DepartmentList["runTogether"] }): ResponsibilityProblem[] {
  const problems: ResponsibilityProblem[] = [];
  if (reading.departments.length === 0 || reading.vague) {
    const shown = text.trim().slice(0, 40);
    problems.push({
      code: "no-department",
      message: `责任表述“${shown}”中没有可识别的单位名称，请写明牵头单位和配合单位。`,
      messageEn: `The responsibility text "${shown}" names no department; state the lead and supporting departments.`,
    });
  }
  for (const { written, parts } of reading.runTogether) {
    problems.push({
      code: "run-together-names",
      message: `“${written}”中几个单位名称连写在一起，已按${parts.join("、")}分开，请核对；可在部门名录中列出这些单位。`,
      messageEn: `"${written}" runs several unit names together; read as ${parts.join(", ")}. Check it, or list the units in the department roster.`,
    });
  }
  return problems;
}
