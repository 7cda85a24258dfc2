import { checkWorkbook } from "../../src/app/checkWorkbook";
import { ROSTER_SHEET, TASK_SHEET } from "../../example-generators/industrialYear2007";
import { industrialYearSheets } from "./industrialYear2007";
import { MemoryWorkbook } from "./memoryWorkbook";

describe("checkWorkbook", () => {
  it("chooses the task sheet, reads its 17 tasks against the 部门名录 roster, and reads the workbook once", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const checked = await checkWorkbook(port);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.sheet).toBe(TASK_SHEET);
    expect(checked.value.rosterSheet).toBe(ROSTER_SHEET);
    expect(checked.value.headerRow).toBe(2);
    expect(checked.value.tasks.find((task) => task.id === "4")?.leads).toEqual(["省发展改革委"]);
    expect(checked.value.sheets.map((grid) => grid.name)).toEqual(await port.listSheets());
    expect(port.fullReads).toBe(1);
  });

  it("uses the clerk's corrected columns: without the lead column every task lacks its lead", async () => {
    const checked = await checkWorkbook(new MemoryWorkbook(industrialYearSheets()), { sheet: TASK_SHEET, columns: { id: 0, title: 1, target: 2, deadline: 5 } });
    expect(checked.problems.map((problem) => problem.code)).toEqual(Array.from({ length: 17 }, () => "missing-lead"));
  });

  it("fails with a problem when the named sheet is not there", async () => {
    const checked = await checkWorkbook(new MemoryWorkbook(industrialYearSheets()), { sheet: "分工方案" });
    expect(checked.ok).toBe(false);
    expect(checked.problems[0].severity).toBe("error");
  });
});
