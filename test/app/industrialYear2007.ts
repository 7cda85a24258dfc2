import type { SheetGrid } from "../../src/domain/grid";
import { PROGRESS, ROSTER, ROSTER_SHEET, SECTIONS, TASK_SHEET } from "../../example-generators/industrialYear2007";

/**
 * The 2007 工业项目年 sample (吉政办明电〔2007〕23号, examples/工业项目年2007.xlsx) as grids: the task table, the
 * 部门名录 roster and the progress sheets kept in the workbook; `departmentFile` is the development commission's own file.
 */
export function industrialYearSheets(): SheetGrid[] {
  const taskRows: (string | null)[][] = [["2007年“工业项目年”活动重点工作任务分解表"], ["序号", "工作任务", "年度目标", "牵头单位", "配合单位", "完成时限", "分管领导"]];
  for (const section of SECTIONS) {
    taskRows.push([section.heading]);
    for (const task of section.tasks) taskRows.push([task.id, task.title, task.target, task.lead, task.supporting, task.deadline, task.leader]);
  }
  const progress = PROGRESS.filter((sheet) => sheet.file === undefined).map((sheet): SheetGrid => ({
    name: sheet.name,
    rows: [...(sheet.title ? [[sheet.title]] : []), sheet.header, ...sheet.rows],
    origin: { row: 0, col: 0 },
  }));
  return [
    { name: TASK_SHEET, rows: taskRows, origin: { row: 0, col: 0 } },
    { name: ROSTER_SHEET, rows: [["单位名称", "简称"], ...ROSTER], origin: { row: 0, col: 0 } },
    ...progress,
  ];
}

/** The development commission's own progress file (省发展改革委-1至10月进展.xlsx) as its one sheet. */
export function departmentFile(): { name: string; grids: SheetGrid[] } {
  const sheet = PROGRESS.find((candidate) => candidate.file?.endsWith(".xlsx"));
  if (!sheet?.file) throw new Error("sample has no .xlsx progress file");
  return { name: sheet.file, grids: [{ name: "Sheet1", rows: [[sheet.title], sheet.header, ...sheet.rows], origin: { row: 0, col: 0 } }] };
}
