import { columnChoices } from "../../../src/taskpane/services/columnChoices";
import type { SheetGrid } from "../../../src/domain/grid";

describe("columnChoices", () => {
  test("every column of the grid, with the sheet's letters (origin honoured) and its header text", () => {
    const grid: SheetGrid = {
      name: "S",
      rows: [
        ["编号", "主要任务", "牵头部门"],
        ["1", "建成高速公路", "省交通运输厅", "见附件"],
      ],
      origin: { row: 4, col: 2 },
    };
    expect(columnChoices(grid, ["编号", "主要任务", "牵头\n部门"])).toEqual([
      { index: 0, letter: "C", header: "编号" },
      { index: 1, letter: "D", header: "主要任务" },
      { index: 2, letter: "E", header: "牵头 部门" },
      { index: 3, letter: "F", header: "" },
    ]);
  });

  test("no header found: bare letters, so that the clerk can still choose the columns", () => {
    const grid: SheetGrid = { name: "S", rows: [["耕地保有量保持在553万公顷。", "省国土资源厅"]] };
    expect(columnChoices(grid, null)).toEqual([
      { index: 0, letter: "A", header: "" },
      { index: 1, letter: "B", header: "" },
    ]);
  });
});
