import { buildRoster } from "../../../src/domain/departments/buildRoster";
import type { SheetGrid } from "../../../src/domain/grid";
import { progressCellAddress } from "../../../src/domain/progress/progressCellAddress";
import { readProgressSheet } from "../../../src/domain/progress/readProgressSheet";
import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { industrialYearTasks } from "./industrialYearTasks";

const tasks = industrialYearTasks();
const roster = buildRoster({
  name: "部门名录",
  rows: [
    ["单位名称", "简称"],
    ["省经委", "省经济委员会、经委"],
    ["省发展改革委", "省发改委、发改委"],
    ["省统计局", "统计局"],
    ["省环保局", "省环境保护局"],
    ["省交通运输厅", "交通厅"],
  ],
});

function rowsOf(grid: SheetGrid, file?: string): ProgressRow[] {
  const result = readProgressSheet(grid, { tasks, roster, asOf: "2007-10-31", ...(file ? { file } : {}) });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.value;
}

describe("readProgressSheet", () => {
  it("reads a 任务完成率 column and a 备注 column as the report's words, and a bare figure as its figure (岳阳楼区 2019)", () => {
    // http://yylq.gov.cn/21487/21498/21517/content_1568362.html: 目标任务 | 1-7月实际完成情况 | 任务完成率 | 备注
    const grid: SheetGrid = {
      name: "1-7月",
      rows: [
        ["序号", "工作任务", "1-7月实际完成情况", "任务完成率", "备注", "填报单位"],
        ["1", "新增城镇就业", "6453人", "72%", "", "省经委"],
        ["3", "“两癌”免费检查", "3321", "133%", "已超额完成。", "省经委"],
        ["6", "提高残疾人补贴发放标准", "", "100%", "已达标完成。", "省经委"],
        ["7", "完成棚改项目", "", "", "因集体土地征收新政策出台滞后,影响签约进度。", "省经委"],
        ["8", "标准化建设改造农贸市场", "", 0.98, "", "省经委"],
      ],
    };
    const rows = rowsOf(grid);
    expect(rows.map((row) => [row.id, row.text, row.value, row.unit])).toEqual([
      ["1", "6453人；任务完成率72%", 6453, "人"],
      ["3", "3321；任务完成率133%；已超额完成。", 3321, undefined],
      ["6", "任务完成率100%；已达标完成。", undefined, undefined],
      ["7", "因集体土地征收新政策出台滞后,影响签约进度。", undefined, undefined],
      ["8", "任务完成率98%", undefined, undefined],
    ]);
  });

  it("reads a 进度 column of bare figures and a 完成比例(%) column (眉山市 2019)", () => {
    // https://www.ms.gov.cn/info/5565/1083570.htm: 目标任务 | 进度 | 完成比例(%)
    const grid: SheetGrid = {
      name: "完成情况",
      rows: [
        ["序号", "工作任务", "进度", "完成比例(%)", "填报单位"],
        ["1", "城镇新增就业(人)", "52242", "187.9", "省经委"],
      ],
    };
    expect(rowsOf(grid).map((row) => [row.text, row.value])).toEqual([["52242；完成比例187.9%", 52242]]);
  });

  it("reads a department's own file: merged title row naming the department, 编号 in full width, 完成值（万元）", () => {
    const grid: SheetGrid = {
      name: "Sheet1",
      file: "省发展改革委-1至10月进展.xlsx",
      rows: [
        ["省发展改革委重点工作推进情况表"],
        [],
        ["编号", "任务名称", "进展情况", "完成值（万元）"],
        ["４", "工业大项目计划总投资798亿元，当年计划投资", "１－１０月工业大项目完成投资２４１．４亿元", "2414000"],
        ["７", "特色产业园区50个", "特色产业园区完成投资1,395,000万元，部分园区基础设施建设滞后", 1395000],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    };
    const rows = rowsOf(grid);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      id: "4",
      title: "工业大项目计划总投资798亿元，当年计划投资",
      text: "１－１０月工业大项目完成投资２４１．４亿元",
      value: 2414000,
      unit: "万元",
      department: "省发展改革委",
      asOf: "2007-10-31",
      source: { file: "省发展改革委-1至10月进展.xlsx", sheet: "Sheet1", cell: "C4", row: 4 },
      columnLetters: { id: "A", title: "B", text: "C", value: "D" },
    });
    expect((["id", "title", "text", "value", "department"] as const).map((column) => progressCellAddress(rows[0], column))).toEqual(["A4", "B4", "C4", "D4", undefined]);
    expect(progressCellAddress(rows[1], "value")).toBe("D5");
    expect(rows[1]).toMatchObject({ id: "7", value: 1395000, unit: "万元", department: "省发展改革委", source: { cell: "C5" } });
  });

  it("reads a two-row merged header (进展情况 over 完成情况 | 完成值（亿元）) and takes the period from the title", () => {
    const grid: SheetGrid = {
      name: "省经委进展",
      rows: [
        ["省经委“工业项目年”重点工作进展情况（1-10月）"],
        ["序号", "工作任务", "进展情况", null, "填报单位"],
        [null, null, "完成情况", "完成值（亿元）", null],
        ["4", "工业大项目当年计划投资", "工业大项目完成投资238.0亿元", 238, "省经委"],
        ["一、工业经济效益目标"],
        ["8", "规模以上工业增加值", "规模以上工业增加值同比增长15.8%", null, "省经济委员会"],
        ["注：数据来源于省统计局快报。"],
        ["填报人：王某某  联系电话：0431-88888888"],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
        { top: 1, left: 4, bottom: 2, right: 4 },
      ],
    };
    const rows = rowsOf(grid);
    expect(rows.map((row) => [row.id, row.source.cell, row.department, row.asOf])).toEqual([
      ["4", "C4", "省经委", "2007-10-31"],
      ["8", "C6", "省经委", "2007-10-31"],
    ]);
    expect(rows[0]).toMatchObject({ value: 238, unit: "亿元" });
    expect(rows[1].value).toBeUndefined();
  });

  it("reads a combined sheet: 填报单位 merged down several rows, an as-of date column, the period from the header; 合计 is no task", () => {
    const grid: SheetGrid = {
      name: "汇总",
      rows: [
        ["有关部门重点工作进展情况汇总"],
        ["序号", "工作任务", "1—10月推进情况", "填报单位", "截至日期"],
        ["1", "全省努力完成工业投资", "1-10月全省完成工业投资1438.6亿元，完成年计划的84.6%", "省经委", new Date(Date.UTC(2007, 9, 31))],
        ["3", "组织推动投资在亿元以上的工业大项目200个", "已开工建设亿元以上工业大项目168个", null, "2007年9月30日"],
        ["6", "工业节能降耗项目", "节能降耗项目完成投资13.1亿元", "省环境保护局", null],
        ["合计", null, "完成投资1451.7亿元", null, null],
      ],
      merges: [{ top: 2, left: 3, bottom: 3, right: 3 }],
    };
    const rows = rowsOf(grid);
    expect(rows.map((row) => [row.id, row.department, row.asOf])).toEqual([
      ["1", "省经委", "2007-10-31"],
      ["3", "省经委", "2007-09-30"],
      ["6", "省环保局", "2007-10-31"],
    ]);
    expect(progressCellAddress(rows[1], "department")).toBe("D4");
  });

  it("takes the department from the sheet name or the file name when the sheet does not say, and reads a unit column", () => {
    const grid: SheetGrid = {
      name: "Sheet1",
      rows: [
        ["重点工作", "单位", "累计完成", "截至10月末进展情况"],
        ["工业节能降耗项目", "亿元", "１３．１", "节能降耗项目完成投资13.1亿元"],
      ],
    };
    const rows = rowsOf(grid, "省环保局进展.xlsx");
    expect(rows[0]).toMatchObject({ title: "工业节能降耗项目", value: 13.1, unit: "亿元", department: "省环保局", asOf: "2007-10-31" });
    expect(rows[0].source).toEqual({ file: "省环保局进展.xlsx", sheet: "Sheet1", cell: "D2", row: 2 });
    expect(rowsOf({ ...grid, name: "省统计局" })[0].department).toBe("省统计局");
  });

  it("reads a 单位 column that lists departments as the reporting department", () => {
    const grid: SheetGrid = {
      name: "进展",
      rows: [
        ["序号", "工作任务", "进展情况", "单位"],
        ["1", "全省努力完成工业投资", "完成工业投资1438.6亿元", "省经委"],
        ["3", "亿元以上工业大项目", "开工170个", "统计局"],
      ],
    };
    expect(rowsOf(grid).map((row) => [row.department, row.unit])).toEqual([
      ["省经委", undefined],
      ["省统计局", undefined],
    ]);
  });

  it("notes a task row left without progress at its cell, and keeps a progress row without a task for the clerk", () => {
    const grid: SheetGrid = {
      name: "省经委进展",
      origin: { row: 1, col: 1 },
      rows: [
        ["序号", "工作任务", "1-10月完成情况"],
        ["13", "建立协调会议制度", ""],
        ["", "", "另召开银企对接会2次"],
      ],
    };
    const result = readProgressSheet(grid, { tasks, roster, asOf: "2007-10-31" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ code: "empty-progress", severity: "info", sheet: "省经委进展", cell: "D3" })]);
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).toMatchObject({ text: "另召开银企对接会2次", source: { cell: "D4", row: 4 } });
    expect(result.value[0].id).toBeUndefined();
  });

  it("fails with no-progress-header on a sheet that is not a progress sheet", () => {
    const result = readProgressSheet({ name: "说明", rows: [["本工作簿用于填报重点工作进展。"], ["请于每月5日前报送。"]] }, { tasks, roster });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: "no-progress-header", severity: "error", sheet: "说明" });
  });
});
