import { checkTaskTable, type CheckReport } from "../../../src/domain/check/checkTaskTable";
import type { SheetGrid } from "../../../src/domain/grid";
import type { Problem } from "../../../src/domain/problem";

const ROSTER: SheetGrid = {
  name: "部门名录",
  rows: [
    ["单位名称", "简称"],
    ["省国土资源厅", "省国土厅"],
    ["省发展改革委", "省发改委"],
    ["省能源局", ""],
    ["省环保厅", ""],
  ],
};

/** Header on sheet row 3 under a title merged over rows 1–2, tasks from 003. */
const TASKS: SheetGrid = {
  name: "任务分解表",
  file: "分工.xlsx",
  rows: [
    ["2011年重点工作任务分解表", null, null, null, null],
    [null, null, null, null, null],
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["（一）约束性指标", null, null, null, null],
    ["1", "耕地保有量保持在553万公顷。", "省国土厅", "", "2011年12月底"],
    ["2", "非化石能源占一次能源消费比重达到9.8％。", "", "省能源局", "2011年12月底"],
    ["3", "单位地区生产总值能源消耗降低16％。", "省发展改委", "", "2011年12月底"],
  ],
  merges: [
    { top: 0, left: 0, bottom: 1, right: 4 },
    { top: 3, left: 0, bottom: 3, right: 4 },
  ],
};

/** A ledger this product wrote: it has task-table headers but is never the task table. */
const LEDGER: SheetGrid = {
  name: "台账 2011-10",
  rows: [
    ["序号", "工作任务", "牵头单位", "完成时限", "状态"],
    ["1", "耕地保有量保持在553万公顷。", "省国土资源厅", "2011-12-31", "序时推进"],
  ],
};

function report(result: ReturnType<typeof checkTaskTable>): { value: CheckReport; problems: Problem[] } {
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return { value: result.value, problems: result.problems };
}

describe("checkTaskTable", () => {
  const notes: SheetGrid = { name: "说明", rows: [["本表由办公厅督查室汇总"]] };

  it("picks the task sheet, not the notes, the ledger or the roster, and reads the roster", () => {
    const { value } = report(checkTaskTable([notes, LEDGER, ROSTER, TASKS]));
    expect(value).toMatchObject({ sheet: "任务分解表", headerRow: 3, rosterSheet: "部门名录", columns: { id: 0, title: 1, lead: 2, supporting: 3, deadline: 4 } });
    expect(value.headers).toMatchObject({ id: "序号", title: "工作任务", lead: "牵头单位", supporting: "配合单位", deadline: "完成时限", responsible: "" });
    expect(value.tasks.map((task) => [task.id, task.category, task.leads, task.source.row])).toEqual([
      ["1", "（一）约束性指标", ["省国土资源厅"], 5],
      ["2", "（一）约束性指标", [], 6],
      ["3", "（一）约束性指标", ["省发展改委"], 7],
    ]);
  });

  it("reports cells at their real addresses under a header at row 3, sorted by row, in the task sheet's file", () => {
    const { problems } = report(checkTaskTable([ROSTER, TASKS]));
    expect(problems.map((problem) => [problem.sheet, problem.cell, problem.code, problem.severity])).toEqual([
      ["任务分解表", "C6", "missing-lead", "error"],
      ["任务分解表", "C7", "unknown-department", "error"],
    ]);
    expect(problems.every((problem) => problem.file === "分工.xlsx")).toBe(true);
  });

  it("honours the grid's origin (a used range starting at B2)", () => {
    const shifted: SheetGrid = { ...TASKS, origin: { row: 1, col: 1 } };
    const { value, problems } = report(checkTaskTable([shifted, ROSTER]));
    expect(value.headerRow).toBe(4);
    expect(problems.map((problem) => problem.cell)).toEqual(["D7", "D8"]);
  });

  it("checks the sheet named, with the clerk's columns", () => {
    const odd: SheetGrid = {
      name: "Sheet2",
      rows: [
        ["No", "事 项 描 述", "主责", "协助"],
        ["1", "九年义务教育巩固率达到99％。", "省教育厅", ""],
      ],
    };
    const { value, problems } = report(checkTaskTable([TASKS, odd], { sheet: "Sheet2", columns: { id: 0, title: 1, lead: 2, supporting: 3 } }));
    expect(value.sheet).toBe("Sheet2");
    expect(value.tasks).toEqual([expect.objectContaining({ id: "1", title: "九年义务教育巩固率达到99％。", leads: ["省教育厅"], source: { sheet: "Sheet2", row: 2 } })]);
    expect(value.headers).toMatchObject({ id: "No", title: "事项描述", lead: "主责", supporting: "协助" });
    expect(value.rosterSheet).toBeNull();
    expect(problems).toEqual([]);
    // Where the clerk says the header is.
    const told = report(checkTaskTable([odd], { columns: { id: 0, title: 1, lead: 2 }, headerRow: 1 }));
    expect(told.value.tasks.map((task) => task.id)).toEqual(["1"]);
  });

  it("fails with no-such-sheet naming the sheets there are", () => {
    const result = checkTaskTable([TASKS, ROSTER], { sheet: "分工方案" });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: "no-such-sheet", severity: "error" });
    expect(result.problems[0].message).toContain("“任务分解表”、“部门名录”");
  });

  it("fails with no-task-table naming the sheets looked at and the headers expected", () => {
    const contacts: SheetGrid = { name: "通讯录", file: "通讯录.csv", rows: [["姓名", "电话"], ["张三", "123"]] };
    const result = checkTaskTable([contacts, ROSTER, LEDGER]);
    expect(result.ok).toBe(false);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ code: "no-task-table", severity: "error", file: "通讯录.csv" });
    expect(problem.message).toContain("“通讯录”");
    expect(problem.message).not.toContain("台账");
    expect(problem.message).toContain("牵头单位");
    expect(problem.messageEn).toContain("No task table found");
    expect(checkTaskTable([contacts], { sheet: "通讯录" }).problems[0]).toMatchObject({ code: "no-task-table", sheet: "通讯录" });
  });
});
