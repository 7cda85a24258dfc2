import type { SheetLayout, StyleRun } from "../layout";
import { chineseDate } from "../dates/chineseDate";
import type { Task } from "../task";
import { INPUT_COLUMNS, TEMPLATE_COLUMN, TEMPLATE_HEADERS } from "./templateColumns";
import { formatRowKey } from "./formatRowKey";
import { formatSheetKey } from "./formatSheetKey";
import { rowFingerprint } from "./rowFingerprint";
import { templatePeriod } from "./templatePeriod";
import { templateTasks } from "./templateTasks";
import { templateUnit } from "./templateUnit";

/** One department's report template: the file name to give it and the one sheet it holds. */
export interface ReportTemplate {
  department: string;
  fileName: string;
  layout: SheetLayout;
  /** Task numbers listed, in order. */
  taskIds: string[];
}

export const TEMPLATE_SHEET_NAME = "进展填报";
const HEADER_ROW = 3;
const WIDTHS = [5, 24, 16, 9, 32, 9, 6, 18, 18, 8, 12, 10];
const LOCKED_FILL = "#F2F2F2";
const INPUT_FILL = "#FFFFFF";

/** The short note for the department, printed under the title. */
function departmentNote(label: string): string {
  return (
    `填报说明：请在白色的“进展情况”至“联系电话”栏填写${label}进展；其余栏已锁定，请勿修改，也请勿增删行或改动表名。` +
    "“完成值”只填数字（累计完成数，单位见“单位”栏，如1438.6）；没有数字的任务只填“进展情况”。填好后请将本文件原样报回。"
  );
}

/**
 * The report template (进展填报表) of one department for the period of `asOf`: a title, a note, the department and
 * date, then one row per task it leads or supports (序号, 工作任务, 年度目标, 本单位职责 locked and grey; 进展情况,
 * 完成值 with 单位 fixed from the target, 存在问题, 下步打算, 填报人, 联系电话 unlocked and white), 完成值 accepting
 * numbers only, the sheet protected without a password, landscape A4 with the header repeated, and a hidden last
 * column of keys (templateKeyFormat.ts) so the import back is exact. The file is named by department and period.
 * @example reportTemplateLayout(tasks, "省经委", "2007-10-31").fileName // "省经委-2007年1-10月进展填报表.xlsx"
 */
export function reportTemplateLayout(tasks: readonly Task[], department: string, asOf: string): ReportTemplate {
  const period = templatePeriod(asOf);
  const entries = templateTasks(tasks, department);
  const last = TEMPLATE_HEADERS.length - 1;
  const visibleLast = last - 1;
  const taskIds = entries.map((entry) => entry.task.id);
  const values: SheetLayout["values"] = [
    [`${department}重点工作${period.label}进展填报表`],
    [departmentNote(period.label)],
    [`填报单位：${department}　　截至日期：${chineseDate(asOf)}　　共${entries.length}项任务`],
    [...TEMPLATE_HEADERS.slice(0, last), formatSheetKey({ period: period.key, department, taskIds })],
  ];
  for (const { task, role } of entries) {
    const unit = templateUnit(task);
    const locked = [task.id, task.title, task.target, role, unit];
    const row: SheetLayout["values"][number] = [task.id, task.title, task.target, role, null, null, unit, null, null, null, null];
    row[TEMPLATE_COLUMN.key] = formatRowKey({ taskId: task.id, period: period.key, department, fingerprint: rowFingerprint(locked) });
    values.push(row);
  }
  const lastRow = values.length - 1;
  const dataRows = { top: HEADER_ROW + 1, bottom: Math.max(HEADER_ROW + 1, lastRow) };
  const styles: StyleRun[] = [
    { range: { top: 0, left: 0, bottom: 0, right: visibleLast }, style: { bold: true, fontSize: 16, horizontal: "center", vertical: "middle" } },
    { range: { top: 1, left: 0, bottom: 1, right: visibleLast }, style: { fontSize: 10, wrap: true, vertical: "top", fontColor: "#404040" } },
    { range: { top: 2, left: 0, bottom: 2, right: visibleLast }, style: { fontSize: 11 } },
    { range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: visibleLast }, style: { bold: true, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true } },
  ];
  if (entries.length > 0) {
    styles.push(
      { range: { ...dataRows, left: 0, right: visibleLast }, style: { wrap: true, vertical: "top", border: true, fill: LOCKED_FILL } },
      { range: { ...dataRows, left: INPUT_COLUMNS.first, right: INPUT_COLUMNS.last }, style: { fill: INPUT_FILL } },
      { range: { ...dataRows, left: TEMPLATE_COLUMN.unit, right: TEMPLATE_COLUMN.unit }, style: { fill: LOCKED_FILL, horizontal: "center" } },
      { range: { ...dataRows, left: TEMPLATE_COLUMN.value, right: TEMPLATE_COLUMN.value }, style: { numberFormat: "General", horizontal: "right" } },
      { range: { ...dataRows, left: TEMPLATE_COLUMN.id, right: TEMPLATE_COLUMN.id }, style: { horizontal: "center" } },
      { range: { ...dataRows, left: TEMPLATE_COLUMN.role, right: TEMPLATE_COLUMN.role }, style: { horizontal: "center" } },
    );
  }
  const rowHeights: Record<number, number> = { 0: 30, 1: 36, [HEADER_ROW]: 30 };
  for (let row = dataRows.top; row <= lastRow; row++) rowHeights[row] = 40;
  const inputRanges = entries.length === 0 ? [] : [
    { ...dataRows, left: TEMPLATE_COLUMN.text, right: TEMPLATE_COLUMN.value },
    { ...dataRows, left: TEMPLATE_COLUMN.issues, right: INPUT_COLUMNS.last },
  ];
  return {
    department,
    taskIds,
    fileName: `${department}-${period.label}进展填报表.xlsx`,
    layout: {
      name: TEMPLATE_SHEET_NAME,
      kind: "report-template",
      values,
      columnWidths: WIDTHS,
      rowHeights,
      merges: [0, 1, 2].map((row) => ({ top: row, left: 0, bottom: row, right: visibleLast })),
      styles,
      freezeRows: HEADER_ROW + 1,
      hiddenColumns: [TEMPLATE_COLUMN.key],
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW }, footer: "第 &P 页，共 &N 页" },
      protection: { unlocked: inputRanges },
      numberValidation: entries.length === 0 ? [] : [{ range: { ...dataRows, left: TEMPLATE_COLUMN.value, right: TEMPLATE_COLUMN.value }, message: "“完成值”只能填数字（单位见“单位”栏），文字说明请写在“进展情况”栏。" }],
    },
  };
}
