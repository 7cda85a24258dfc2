/**
 * test/fixtures/sample-faults.xlsx: a task table with one of each kind of fault the check reports,
 * each at a known cell (the expectations are in test/cli/check.test.ts). Tasks quote the 2011 division document, examples/分工方案2011.txt.
 */
import ExcelJS from "exceljs";

export const FAULTS_SHEET = "任务分解表";

/** [序号, 工作任务, 牵头单位, 配合单位, 完成时限], starting at sheet row 3 under a title and a header row. */
export const FAULT_ROWS: (string | number | Date)[][] = [
  ["1", "耕地保有量保持在553万公顷。", "省国土资源厅", "", "2011年12月底"], // row 3: no problem
  ["2", "非化石能源占一次能源消费比重达到9.8％。", "", "省能源局", "2011年12月底"], // row 4: missing-lead C4
  ["3", "单位地区生产总值能源消耗降低16％。", "省发展改委", "", "2011年12月底"], // row 5: unknown-department C5 (省发展改革委)
  ["4", "森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米。", "省林业厅", "省林业厅、省环保厅", "2011年12月底"], // row 6: lead-also-supporting D6
  ["5", "城乡三项基本医疗保险参保率达到92％。", "省人力资源社会保障厅、省卫生厅", "", "2011年12月底"], // row 7: multiple-leads C7
  ["6", "加强地震和气象灾害的预测预防。", "省地震局、省气象局按职责分工负责", "", "2011年12月底"], // row 8: joint-responsibility C8
  ["6", "九年义务教育巩固率达到99％。", "省教育厅", "", "2011年12月底"], // row 9: duplicate-id A9
  ["8", "耕地保有量保持在553万公顷。", "省国土资源厅", "", "2011年12月底"], // row 10: duplicate-task B10
  ["9", "城镇参加基本养老保险人数达到650万人。", "省人力资源社会保障厅", "", "2011年13月"], // row 11: bad-deadline E11
  ["10", "", "省教育厅", "", "2011年12月底"], // row 12: empty-title B12
  ["11", "加快推进长吉一体化进程。", "长春市政府、吉林市政府分别牵头", "省发展改革委", "2011年12月底"], // row 13: respective, no multiple-leads
];

export const FAULT_ROSTER: [string, string][] = [
  ["省国土资源厅", "省国土厅"],
  ["省能源局", ""],
  ["省发展改革委", "省发改委"],
  ["省林业厅", ""],
  ["省环保厅", ""],
  ["省人力资源社会保障厅", "省人社厅"],
  ["省卫生厅", ""],
  ["省地震局", ""],
  ["省气象局", ""],
  ["省教育厅", ""],
  ["长春市政府", ""],
  ["吉林市政府", ""],
];

/**
 * The faults workbook.
 * @example await (await faultsWorkbook()).xlsx.writeFile("test/fixtures/sample-faults.xlsx")
 */
export async function faultsWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(FAULTS_SHEET);
  sheet.mergeCells("A1:E1");
  sheet.getCell("A1").value = "2011年重点工作任务分解表";
  sheet.getRow(2).values = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"];
  FAULT_ROWS.forEach((cells, index) => {
    sheet.getRow(3 + index).values = cells;
  });
  const roster = workbook.addWorksheet("部门名录");
  roster.addRow(["单位名称", "简称"]);
  for (const entry of FAULT_ROSTER) roster.addRow(entry);
  return workbook;
}
