import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { checkTaskTable } from "../../../src/domain/check/checkTaskTable";
import { reportTemplateLayout } from "../../../src/domain/templates/reportTemplateLayout";
import { readReportTemplate } from "../../../src/domain/progress/readReportTemplate";
import type { Task } from "../../../src/domain/task";
import { industrialYearSheets } from "../../app/industrialYear2007";

const FILE = "省经委-2007年1-10月进展填报表.xlsx";

function sampleTasks(): Task[] {
  const checked = checkTaskTable(industrialYearSheets(), {});
  if (!checked.ok) throw new Error("sample task table unreadable");
  return checked.value.tasks;
}

/** The template of 省经委 as read back from its file, with rows filled as the department would. */
function filledGrid(tasks: readonly Task[], asOf = "2007-10-31"): SheetGrid {
  const { layout } = reportTemplateLayout(tasks, "省经委", asOf);
  const rows = layout.values.map((row) => row.map((value): CellValue => value));
  for (const row of rows.slice(4)) {
    if (row[0] === "1") [row[4], row[5]] = ["1-10月全省完成工业投资1438.6亿元", 1438.6];
    if (row[0] === "3") [row[4], row[5]] = ["已开工建设亿元以上工业大项目168个", 168];
    if (row[0] === "13") row[4] = "已建立协调会议制度";
  }
  return { name: layout.name, rows, origin: { row: 0, col: 0 }, file: FILE };
}

const rowOf = (grid: SheetGrid, id: string) => grid.rows.findIndex((row, index) => index > 3 && row[0] === id);

describe("readReportTemplate: the product's own templates read back by their keys", () => {
  const tasks = sampleTasks();

  it("takes every filled row to its task, with the figure in the target's unit", () => {
    const read = readReportTemplate(filledGrid(tasks), { tasks, asOf: "2007-10-31", file: FILE });
    expect(read?.problems).toEqual([]);
    expect(read?.rows.map((row) => [row.templateTaskId, row.value, row.unit, row.department, row.source.cell])).toEqual([
      ["1", 1438.6, "亿元", "省经委", "E5"],
      ["3", 168, "个", "省经委", "E7"],
      ["13", undefined, undefined, "省经委", expect.stringMatching(/^E\d+$/)],
    ]);
  });

  it("is null for a sheet that is not a template", () => {
    expect(readReportTemplate(industrialYearSheets()[2], { tasks, asOf: "2007-10-31" })).toBeNull();
  });

  it("refuses a template of another period, located at its key", () => {
    const read = readReportTemplate(filledGrid(tasks, "2007-09-30"), { tasks, asOf: "2007-10-31", file: FILE });
    expect(read?.rows).toEqual([]);
    expect(read?.problems).toEqual([expect.objectContaining({ code: "template-other-period", severity: "error", file: FILE, sheet: "进展填报", cell: "L4" })]);
    expect(read?.problems[0].message).toContain("2007-09");
  });

  it("refuses a template of a department with no task in this table", () => {
    const other = tasks.map((task) => ({ ...task, leads: task.leads.map((lead) => (lead === "省经委" ? "省工信厅" : lead)), supporting: task.supporting.filter((name) => name !== "省经委") }));
    const read = readReportTemplate(filledGrid(tasks), { tasks: other, asOf: "2007-10-31", file: FILE });
    expect(read?.problems.map((problem) => problem.code)).toEqual(["template-other-department"]);
  });

  it("says a locked cell was edited and still imports the row against its task", () => {
    const grid = filledGrid(tasks);
    grid.rows[rowOf(grid, "1")][2] = "完成工业投资2000亿元";
    const read = readReportTemplate(grid, { tasks, asOf: "2007-10-31", file: FILE });
    expect(read?.problems).toEqual([expect.objectContaining({ code: "template-edited-outside-inputs", severity: "warning", cell: "C5" })]);
    expect(read?.rows.map((row) => row.templateTaskId)).toEqual(["1", "3", "13"]);
  });

  it("says rows were deleted, naming their tasks, and imports the rest", () => {
    const grid = filledGrid(tasks);
    grid.rows.splice(rowOf(grid, "3"), 1);
    const read = readReportTemplate(grid, { tasks, asOf: "2007-10-31", file: FILE });
    expect(read?.problems).toEqual([expect.objectContaining({ code: "template-rows-deleted", cell: "A4" })]);
    expect(read?.problems[0].message).toContain("第3项");
    expect(read?.rows.map((row) => row.templateTaskId)).toEqual(["1", "13"]);
  });

  it("reads a row whose key was removed as an ordinary row, located", () => {
    const grid = filledGrid(tasks);
    const row = rowOf(grid, "3");
    grid.rows[row][11] = null;
    const read = readReportTemplate(grid, { tasks, asOf: "2007-10-31", file: FILE });
    expect(read?.problems.map((problem) => [problem.code, problem.cell])).toEqual([["template-key-missing", `A${row + 1}`], ["template-rows-deleted", "A4"]]);
    expect(read?.rows.find((entry) => entry.id === "3")).toMatchObject({ title: "组织推动投资在亿元以上的工业大项目200个", department: "省经委" });
    expect(read?.rows.find((entry) => entry.id === "3")?.templateTaskId).toBeUndefined();
  });

  it("says a task changed since the template was made and matches that row by title instead", () => {
    const changed = tasks.map((task) => (task.id === "3" ? { ...task, target: "250个" } : task));
    const read = readReportTemplate(filledGrid(tasks), { tasks: changed, asOf: "2007-10-31", file: FILE });
    expect(read?.problems).toEqual([expect.objectContaining({ code: "template-task-changed", cell: "B7" })]);
    expect(read?.rows.find((entry) => entry.id === "3")?.templateTaskId).toBeUndefined();
  });

  it("says a lead's filled quantitative row has no figure", () => {
    const grid = filledGrid(tasks);
    grid.rows[rowOf(grid, "1")][5] = null;
    const read = readReportTemplate(grid, { tasks, asOf: "2007-10-31", file: FILE });
    expect(read?.problems).toEqual([expect.objectContaining({ code: "template-missing-figure", cell: "F5" })]);
    expect(read?.rows).toHaveLength(3);
  });
});
