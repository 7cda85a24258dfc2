import { chineseDate } from "../dates/chineseDate";
import type { NotReportedDepartment } from "./notReportedDepartments";

/**
 * The circular's sentence on the departments that have not reported (催报), "" when every lead reported.
 * @example notReportedSentence(list, "2007-10-31")
 * // "截至2007年10月31日，省统计局、省金融办未报送进展情况，省经委有1项牵头任务未报送进展情况（第6项），请抓紧报送。"
 */
export function notReportedSentence(departments: readonly NotReportedDepartment[], asOf: string): string {
  if (departments.length === 0) return "";
  const silent = departments.filter((entry) => entry.reportedNothing).map((entry) => entry.department);
  const partial = departments.filter((entry) => !entry.reportedNothing).map((entry) => `${entry.department}有${entry.tasks.length}项牵头任务未报送进展情况（${entry.tasks.map((task) => `第${task.id}项`).join("、")}）`);
  const clauses = [...(silent.length > 0 ? [`${silent.join("、")}未报送进展情况`] : []), ...partial];
  return `截至${chineseDate(asOf)}，${clauses.join("，")}，请抓紧报送。`;
}
