import { readSheet } from "../../../src/workbook/office/readSheet";
import { readSheets } from "../../../src/workbook/office/readSheets";
import type { CellValue, MergedRange } from "../../../src/domain/grid";
import { strictExcel, type StrictExcelOptions } from "./strictExcelFake";

/** A task table as a division circular prints it: a merged title, a header, then one row per task. */
function taskSheet(count: number, title = "耕地保有量保持在553万公顷") {
  const rows: CellValue[][] = [
    ["省政府重点工作任务分解表", null, null],
    ["序号", "工作任务", "完成时限"],
  ];
  const formats: string[][] = [
    ["General", "General", "General"],
    ["General", "General", "General"],
  ];
  for (let i = 1; i <= count; i++) {
    rows.push([i, `${title}（第${i}项）`, 40908]);
    formats.push(["General", "@", "yyyy年m月d日"]);
  }
  return { rows, formats };
}

/** A workbook in the strict fake whose task table sits at B3 (origin row 2, column 1). */
function excelWith(count: number, merges: MergedRange[], options: StrictExcelOptions = {}) {
  const excel = strictExcel(options);
  const { rows, formats } = taskSheet(count);
  const shift = <T>(matrix: T[][], blank: T) => [[], [], ...matrix.map((row) => [blank, ...row])];
  excel.workbook.addSheet("分工方案", { rows: shift<CellValue>(rows, null), formats: shift(formats, "General"), merges });
  return excel;
}

const TITLE: MergedRange = { top: 2, left: 1, bottom: 2, right: 3 };

describe("readSheet (Office.js, strict fake)", () => {
  it("reads values, origin, dates and the merged title", async () => {
    const excel = excelWith(2, [TITLE]);
    const grid = await excel.run((context) => readSheet(context, "分工方案"));
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.rows[0]).toEqual(["省政府重点工作任务分解表", null, null]);
    expect(grid.rows[2][1]).toBe("耕地保有量保持在553万公顷（第1项）");
    // 40908 shown as a date is 2011-12-31.
    expect(grid.rows[2][2]).toEqual(new Date(Date.UTC(2011, 11, 31)));
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grid.problems).toBeUndefined();
  });

  it("reads a sheet with more than 512 merged areas: merges over the used range, in blocks when Excel refuses", async () => {
    // Every task row merges its 序号 and 工作任务 cells (a common hand layout): 600 areas.
    const rowMerges = Array.from({ length: 600 }, (_, i) => ({ top: 4 + i, left: 1, bottom: 4 + i, right: 2 }));
    const excel = excelWith(600, [TITLE, ...rowMerges]);
    const grid = await excel.run((context) => readSheet(context, "分工方案"));
    expect(grid.rows).toHaveLength(602);
    expect(grid.merges).toHaveLength(601);
    expect(grid.merges).toContainEqual({ top: 601, left: 0, bottom: 601, right: 1 });
    expect(grid.problems).toBeUndefined();
  });

  it("carries on without merges, and says so, when Excel refuses them even for one row", async () => {
    const excel = excelWith(3, [TITLE], { mergedAreaLimit: 0 });
    const grid = await excel.run((context) => readSheet(context, "分工方案"));
    expect(grid.rows[2][1]).toBe("耕地保有量保持在553万公顷（第1项）");
    expect(grid.merges).toEqual([]);
    expect(grid.problems).toEqual([expect.objectContaining({ code: "merges-not-read", severity: "warning", sheet: "分工方案", message: expect.stringContaining("合并单元格过多") })]);
  });

  it("reads without merged areas where Excel lacks ExcelApi 1.13, instead of failing with ApiNotFound", async () => {
    const excel = excelWith(3, [TITLE], { apiVersion: "1.9" });
    const grid = await excel.run((context) => readSheet(context, "分工方案", { mergedAreas: false }));
    expect(grid.rows).toHaveLength(5);
    expect(excel.syncs.every((sync) => sync.failed === undefined)).toBe(true);
  });

  it("reads a sheet larger than the 5 MB response limit in row blocks, each response under the limit in UTF-8 bytes", async () => {
    // 6,000 tasks with 40-character Chinese titles: about 7 MB of values in UTF-8.
    const excel = excelWith(6000, [TITLE]);
    excel.workbook.sheets[0].rows.forEach((row, index) => {
      if (index > 3) row[2] = `${"城镇保障性安居工程建设任务完成情况说明".repeat(2)}${index}`;
    });
    const grid = await excel.run((context) => readSheet(context, "分工方案"));
    expect(grid.rows).toHaveLength(6002);
    expect(grid.rows[6001][1]).toContain("城镇保障性安居工程");
    const answered = excel.syncs.filter((sync) => sync.failed === undefined);
    expect(answered.length).toBeGreaterThan(2);
    for (const sync of answered) expect(sync.responseBytes).toBeLessThanOrEqual(5_000_000);
  });

  it("sizes every sheet in one sync and reads small sheets' values together", async () => {
    const excel = excelWith(5, [TITLE]);
    excel.workbook.addSheet("部门名录", { rows: [["单位名称"], ["省发展改革委"], ["省财政厅"]] });
    excel.workbook.addSheet("空白");
    const grids = await excel.run((context) => readSheets(context, ["分工方案", "部门名录", "空白"]));
    expect(grids.map((grid) => grid.rows.length)).toEqual([7, 3, 0]);
    // Finding the sheets, their sizes, the values of both, then the merges of each non-empty sheet.
    expect(excel.syncs).toHaveLength(5);
  });
});
