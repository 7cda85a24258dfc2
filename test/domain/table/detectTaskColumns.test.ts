import type { SheetGrid } from "../../../src/domain/grid";
import { detectTaskColumns } from "../../../src/domain/table/detectTaskColumns";

describe("detectTaskColumns", () => {
  it("finds the columns of the division sheet of 003 under its merged title", () => {
    const grid: SheetGrid = {
      name: "分工方案",
      rows: [
        ["《吉林省国民经济和社会发展第十二个五年规划纲要》主要目标和任务分工", null, null, null, null],
        ["序号", "工作任务", "责任单位", "完成时限", "备注"],
        ["（一）约束性指标", null, null, null, null],
        [1, "耕地保有量保持在553万公顷。", "省国土资源厅牵头", "2015年底", ""],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 2, left: 0, bottom: 2, right: 4 },
      ],
    };
    expect(detectTaskColumns(grid)).toEqual({
      headerRow: 1,
      firstHeaderRow: 1,
      columns: { id: 0, title: 1, responsible: 2, deadline: 3, remark: 4 },
      headers: { id: "序号", title: "工作任务", responsible: "责任单位", deadline: "完成时限", remark: "备注" },
      texts: ["序号", "工作任务", "责任单位", "完成时限", "备注"],
    });
  });

  it("reads the variants offices write: 编号, 任务内容, 牵头部门, 协办单位, 完成时间, 责任领导, 说明", () => {
    const grid: SheetGrid = { name: "S", rows: [["编号", "任务内容", "牵头部门", "协办单位", "完成时间", "责任领导", "说明"]] };
    expect(detectTaskColumns(grid)?.columns).toEqual({ id: 0, title: 1, lead: 2, supporting: 3, deadline: 4, leader: 5, remark: 6 });
  });

  it("is null for a sheet that is no task table", () => {
    expect(detectTaskColumns({ name: "部门名录", rows: [["单位名称", "简称"], ["省发展改革委", "省发改委"]] })).toBeNull();
    expect(detectTaskColumns({ name: "空表", rows: [] })).toBeNull();
  });
});
