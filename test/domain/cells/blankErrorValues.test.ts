import { blankErrorValues } from "../../../src/domain/cells/blankErrorValues";
import { isCellErrorValue } from "../../../src/domain/cells/isCellErrorValue";
import { readTaskTable } from "../../../src/domain/table/readTaskTable";

describe("blankErrorValues", () => {
  const grid = {
    name: "任务分解表",
    file: "分工.xlsx",
    rows: [
      ["序号", "工作任务", "牵头单位", "配合单位"],
      ["1", "城镇新增就业25万人", "#N/A", "省财政厅"],
      ["2", "#REF!", "省人力资源社会保障厅", "#DIV/0!"],
    ],
  };

  it("reads #N/A as an empty cell, never as the departments #N and A", () => {
    const { grids } = blankErrorValues([grid]);
    const read = readTaskTable(grids[0]);
    if (!read.ok) throw new Error("no table");
    expect(read.value.tasks[0].leads).toEqual([]);
    expect(read.value.tasks[0].supporting).toEqual(["省财政厅"]);
    expect(read.value.tasks[1].title).toBe("");
  });

  it("gives a cell-error-value warning at each error cell, and leaves the input grid as it was", () => {
    const before = JSON.stringify(grid);
    const { problems } = blankErrorValues([grid]);
    expect(problems.map((problem) => `${problem.code} ${problem.file} ${problem.sheet}!${problem.cell}`)).toEqual([
      "cell-error-value 分工.xlsx 任务分解表!C2",
      "cell-error-value 分工.xlsx 任务分解表!B3",
      "cell-error-value 分工.xlsx 任务分解表!D3",
    ]);
    expect(problems[0].message).toContain("#N/A");
    expect(JSON.stringify(grid)).toBe(before);
  });

  it("returns a sheet without errors as it is", () => {
    const clean = { name: "部门名录", rows: [["单位名称", "简称"], ["省发展改革委", "省发改委"]] };
    expect(blankErrorValues([clean]).grids[0]).toBe(clean);
  });
});

describe("isCellErrorValue", () => {
  it.each(["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", " #n/a "])("%s is an error value", (text) => {
    expect(isCellErrorValue(text)).toBe(true);
  });

  it.each(["#1 重点工作", "N/A", "#", "省经委", "#REF", 7])("%s is not", (value) => {
    expect(isCellErrorValue(value)).toBe(false);
  });
});
