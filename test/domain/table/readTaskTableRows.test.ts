import type { SheetGrid } from "../../../src/domain/grid";
import { readTaskTable } from "../../../src/domain/table/readTaskTable";

function readWithProblems(grid: SheetGrid) {
  const result = readTaskTable(grid);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return { table: result.value, problems: result.problems };
}

// Rows as real task tables write them (咸安 2023 责任领导; a 年度计划 row; numbering restarting under each 一、).
describe("readTaskTable: every row is a task or is reported", () => {
  const grid: SheetGrid = {
    name: "任务分解表",
    rows: [
      ["序号", "工作任务", "责任领导", "牵头单位", "责任单位"],
      ["一、主要预期目标", null, null, null, null],
      ["1", "地区生产总值增长8%以上。", "杜新国", "区发改局", ""],
      ["2", "完成年度计划投资目标任务。", "杜新国、丁玲", "区发改局、区财政局", "各街道"],
      ["二、重点工作", null, null, null, null],
      ["1", "启动南外环高速公路建设。", "洪声耀", "区交通运输局", "区发改局"],
      ["序号", "工作任务", "责任领导", "牵头单位", "责任单位"],
      ["注：列第一位者为牵头单位", null, null, null, null],
      ["3", null, null, null, null],
    ],
  };
  const { table, problems } = readWithProblems(grid);

  it("reads a row holding header words (年度计划, 目标) as a task", () => {
    expect(table.tasks.map((task) => task.title)).toEqual(["地区生产总值增长8%以上。", "完成年度计划投资目标任务。", "启动南外环高速公路建设。"]);
  });

  it("keeps the 责任领导 column as leaders, persons apart from units", () => {
    expect(table.tasks.map((task) => task.leaders)).toEqual([["杜新国"], ["杜新国", "丁玲"], ["洪声耀"]]);
    expect(table.tasks[1].leads).toEqual(["区发改局", "区财政局"]);
  });

  it("keeps the printed numbers and makes ids unique where numbering restarts under each heading", () => {
    expect(table.tasks.map((task) => [task.number, task.id, task.section])).toEqual([
      ["1", "一-1", ["一"]],
      ["2", "一-2", ["一"]],
      ["1", "二-1", ["二"]],
    ]);
  });

  it("reports every skipped row with its cell: the repeated header, the note, the lone number", () => {
    expect(problems.filter((problem) => problem.code === "skipped-row").map((problem) => problem.cell)).toEqual(["A7", "A8", "A9"]);
    expect(problems.find((problem) => problem.cell === "A7")?.message).toContain("重复了表头");
  });
});

describe("readTaskTable: names run together", () => {
  const grid: SheetGrid = {
    name: "任务分解表",
    rows: [
      ["序号", "工作任务", "牵头单位", "配合单位"],
      ["1", "完成工业投资1700亿元。", "省经委", "省发展改革委省统计局"],
    ],
  };

  it("splits them and reports the cell, never taking them for one unit", () => {
    const { table, problems } = readWithProblems(grid);
    expect(table.tasks[0].supporting).toEqual(["省发展改革委", "省统计局"]);
    expect(problems.filter((problem) => problem.code === "run-together-names").map((problem) => problem.cell)).toEqual(["D2"]);
  });
});

describe("readTaskTable: traditional unit names", () => {
  it("reads every unit name through the converter it is given (opencc-js from the adapters)", () => {
    const grid: SheetGrid = { name: "任務分解表", rows: [["序號", "工作任務", "牽頭單位", "配合單位"], ["1", "建設重點實驗室。", "省科學技術廳", "重慶市檔案局"]] };
    const toSimplified = (text: string): string => text.replace("科學技術廳", "科学技术厅").replace("重慶市檔案局", "重庆市档案局");
    const result = readTaskTable(grid, { toSimplified, columns: { id: 0, title: 1, lead: 2, supporting: 3 } });
    expect(result.ok && result.value.tasks[0]).toMatchObject({ leads: ["省科学技术厅"], supporting: ["重庆市档案局"] });
  });
});
