import ExcelJS from "exceljs";
import { PROGRESS, ROSTER, ROSTER_SHEET, SECTIONS, TASK_SHEET } from "../../../example-generators/industrialYear2007";

/**
 * The 2007 工业项目年 sample (吉政办明电〔2007〕23号, examples/工业项目年2007.xlsx) as the page opens it: task table,
 * roster and the progress sheets kept in the workbook. `progressCell` may change a progress cell's text (a report
 * sent again with another figure).
 * @example const workbook = sample2007Workbook((text) => text.replace("4390亿元", "4800亿元"));
 */
export function sample2007Workbook(progressCell: (text: string) => string = (text) => text): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const tasks = workbook.addWorksheet(TASK_SHEET);
  tasks.addRow(["2007年“工业项目年”活动重点工作任务分解表"]);
  tasks.addRow(["序号", "工作任务", "年度目标", "牵头单位", "配合单位", "完成时限", "分管领导"]);
  for (const section of SECTIONS) {
    tasks.addRow([section.heading]);
    for (const task of section.tasks) tasks.addRow([task.id, task.title, task.target, task.lead, task.supporting, task.deadline, task.leader]);
  }
  const roster = workbook.addWorksheet(ROSTER_SHEET);
  roster.addRow(["单位名称", "简称"]);
  for (const entry of ROSTER) roster.addRow(entry);
  for (const progress of PROGRESS.filter((sheet) => sheet.file === undefined)) {
    const sheet = workbook.addWorksheet(progress.name);
    if (progress.title) sheet.addRow([progress.title]);
    sheet.addRow(progress.header);
    for (const row of progress.rows) sheet.addRow(row.map((cell) => (typeof cell === "string" ? progressCell(cell) : cell)));
  }
  return workbook;
}
