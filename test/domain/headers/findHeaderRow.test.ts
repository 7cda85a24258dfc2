import type { SheetGrid } from "../../../src/domain/grid";
import { findHeaderRow, type HeaderVocabulary } from "../../../src/domain/headers/findHeaderRow";
import { TASK_VOCABULARY } from "../../../src/domain/table/taskVocabulary";

// A progress sheet's vocabulary, as the progress reader will pass it.
type ProgressColumn = "id" | "title" | "text" | "value" | "department" | "asOf";
const PROGRESS_VOCABULARY: HeaderVocabulary<ProgressColumn> = {
  terms: [
    { name: "序号", columns: ["id"] },
    { name: "任务名称", columns: ["title"] },
    { name: "工作任务", columns: ["title"] },
    { name: "完成情况", columns: ["text"] },
    { name: "进展情况", columns: ["text"] },
    { name: "完成值", columns: ["value"] },
    { name: "填报单位", columns: ["department"] },
    { name: "截至日期", columns: ["asOf"] },
  ],
  required: [["text", "value"]],
};

describe("findHeaderRow", () => {
  it("skips a title merged across the columns (“2011年重点工作任务分解表” contains 工作任务 but is no header)", () => {
    const grid: SheetGrid = {
      name: "任务分解表",
      rows: [
        ["2011年重点工作任务分解表", null, null, null, null],
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "耕地保有量保持在553万公顷。", "省国土资源厅", "", "2011年12月底"],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    };
    const header = findHeaderRow(grid, TASK_VOCABULARY);
    expect(header).toMatchObject({ row: 1, firstRow: 1, columns: { id: 0, title: 1, lead: 2, supporting: 3, deadline: 4 } });
    expect(header?.roles).toEqual(["id", "title", "lead", "supporting", "deadline"]);
  });

  it("skips the title even when the reader does not know the merge (CSV)", () => {
    const grid: SheetGrid = {
      name: "csv",
      rows: [["2011年重点工作任务分解表"], [], ["序号", "工作任务", "责任单位"], ["1", "耕地保有量保持在553万公顷。", "省国土资源厅牵头"]],
    };
    expect(findHeaderRow(grid, TASK_VOCABULARY)).toMatchObject({ row: 2, firstRow: 2, columns: { id: 0, title: 1, responsible: 2 } });
  });

  it("reads a two-row header: 责任单位 merged over 牵头单位 | 配合单位, the other headers merged down", () => {
    // The layout of the bundled 2007 “工业项目年” sample: title row, a date line, header on rows 3–4.
    const grid: SheetGrid = {
      name: "重点工作任务分解表",
      rows: [
        ["2007年“工业项目年”活动重点工作任务分解表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "印发日期：2007年2月2日"],
        ["序号", "工作任务", "年度目标", "责任单位", null, "完成时限", "分管领导", "备注"],
        [null, null, null, "牵头单位", "配合单位", null, null, null],
        ["一、工业投资目标", null, null, null, null, null, null, null],
        ["1", "全省努力完成工业投资", "完成工业投资1700亿元", "省经委", "省发展改革委、省统计局", "2007年12月31日", "王副省长", ""],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 2, left: 3, bottom: 2, right: 4 },
        ...[0, 1, 2, 5, 6, 7].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        { top: 4, left: 0, bottom: 4, right: 7 },
      ],
    };
    const header = findHeaderRow(grid, TASK_VOCABULARY);
    expect(header).toMatchObject({
      row: 3,
      firstRow: 2,
      columns: { id: 0, title: 1, target: 2, lead: 3, supporting: 4, deadline: 5, leader: 6, remark: 7 },
      headers: { lead: "牵头单位", supporting: "配合单位", target: "年度目标" },
    });
    expect(header?.columns.responsible).toBeUndefined();
  });

  it("reads a two-row header without merge information (sub-headers under an empty cell)", () => {
    const grid: SheetGrid = {
      name: "csv",
      rows: [
        ["序号", "主要任务", "责任单位", "", "完成时限"],
        ["", "", "牵头单位", "配合单位", ""],
        ["1", "森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米。", "省林业厅", "", "2015年底"],
      ],
    };
    expect(findHeaderRow(grid, TASK_VOCABULARY)).toMatchObject({ row: 1, firstRow: 0, columns: { id: 0, title: 1, lead: 2, supporting: 3, deadline: 4 } });
  });

  it("normalises headers: line breaks inside a cell, spaces, full-width letters, a required-field star", () => {
    const grid: SheetGrid = {
      name: "S",
      rows: [["序 号", "工作\n任务", "牵头\n单位", "*配合单位", "完成\r\n时限："], ["１", "x", "y", "", ""]],
    };
    const header = findHeaderRow(grid, TASK_VOCABULARY);
    expect(header?.columns).toEqual({ id: 0, title: 1, lead: 2, supporting: 3, deadline: 4 });
    expect(header?.headers).toMatchObject({ title: "工作任务", lead: "牵头单位" });
  });

  it("takes 单位 alone as the unit column, 责任单位 as the responsibility column", () => {
    const grid: SheetGrid = { name: "S", rows: [["编号", "目标任务", "目标值", "单位", "责任单位", "分管领导", "说明"]] };
    expect(findHeaderRow(grid, TASK_VOCABULARY)?.columns).toEqual({ id: 0, title: 1, target: 2, unit: 3, responsible: 4, leader: 5, remark: 6 });
  });

  it("reads 目标任务 as the target when another column is the task (a district ledger's 主要任务 | 全年目标任务 …)", () => {
    const ledger: SheetGrid = {
      name: "S",
      rows: [["主要任务", "全年目标任务", "分管领导", "牵头单位", "责任主体与协同单位", "1-10月推进情况", "是否达序", "说明"]],
    };
    expect(findHeaderRow(ledger, TASK_VOCABULARY)?.columns).toEqual({ title: 0, target: 1, leader: 2, lead: 3, responsible: 4, remark: 7 });
    const both: SheetGrid = { name: "S", rows: [["序号", "工作任务", "目标任务", "牵头部门", "协办单位"]] };
    expect(findHeaderRow(both, TASK_VOCABULARY)?.columns).toEqual({ id: 0, title: 1, target: 2, lead: 3, supporting: 4 });
  });

  it("reads English headers", () => {
    const grid: SheetGrid = { name: "Tasks", rows: [["No.", "Task", "Target", "Unit", "Lead department", "Supporting departments", "Deadline", "Remarks"]] };
    expect(findHeaderRow(grid, TASK_VOCABULARY)?.columns).toEqual({ id: 0, title: 1, target: 2, unit: 3, lead: 4, supporting: 5, deadline: 6, remark: 7 });
  });

  it("returns null when no row has the required columns", () => {
    expect(findHeaderRow({ name: "通讯录", rows: [["姓名", "电话"], ["张三", "123"]] }, TASK_VOCABULARY)).toBeNull();
    // A task column alone is not a task table: it needs a lead or responsibility column.
    expect(findHeaderRow({ name: "S", rows: [["序号", "工作任务", "完成时限"]] }, TASK_VOCABULARY)).toBeNull();
  });

  it("finds a progress sheet's header with the progress vocabulary (1-10月完成情况 contains 完成情况)", () => {
    const grid: SheetGrid = {
      name: "省经委",
      rows: [
        ["省经委1-10月重点工作进展情况表", null, null, null],
        ["填报单位：省经委", null, null, "截至日期：2007年10月31日"],
        ["序号", "任务名称", "1-10月完成情况", "完成值（亿元）"],
        ["1", "全省努力完成工业投资", "1-10月完成工业投资1262亿元", 1262],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    };
    const header = findHeaderRow(grid, PROGRESS_VOCABULARY);
    expect(header).toMatchObject({ row: 2, columns: { id: 0, title: 1, text: 2, value: 3 }, headers: { text: "1-10月完成情况", value: "完成值（亿元）" } });
  });
});
