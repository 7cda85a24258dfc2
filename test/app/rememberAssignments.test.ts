import { checkWorkbook } from "../../src/app/checkWorkbook";
import { computeProgress } from "../../src/app/computeProgress";
import { prepareProgress } from "../../src/app/prepareProgress";
import { rememberAssignments } from "../../src/app/rememberAssignments";
import { suggestTaskSheet } from "../../src/app/suggestTaskSheet";
import { productSheetKind } from "../../src/domain/sheets/productSheetKind";
import { ASSIGNMENT_SHEET } from "../../src/domain/records/assignmentRecord";
import { AS_OF, TASK_SHEET } from "../../example-generators/industrialYear2007";
import { industrialYearSheets } from "./industrialYear2007";
import { MemoryWorkbook } from "./memoryWorkbook";

/** The one row of the 2007 sample no task title is close to: 省经委's 全省工业用电量 (省经委进展!C14). */
const POWER = "|省经委进展|C14";

async function checked(port: MemoryWorkbook) {
  const result = await checkWorkbook(port);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** October: the clerk assigns the power row (to `taskId`, or 不计入), and the pane remembers it. */
async function october(taskId: string | null): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook(industrialYearSheets());
  const check = await checked(port);
  const resolutions = { [POWER]: taskId };
  const progress = await computeProgress(port, { check, asOf: AS_OF, resolutions });
  const kept = await rememberAssignments(port, { rows: progress.rows, resolutions, tasks: check.tasks, asOf: AS_OF, sheets: progress.sheets });
  expect(kept.written).toBe(true);
  return port;
}

/** November's reports: the same rows, 省经委's sheet with one row inserted above, so every cell moved down. */
function november(port: MemoryWorkbook): void {
  const grid = port.sheets.find((sheet) => sheet.name === "省经委进展");
  if (!grid) throw new Error("省经委进展 missing");
  const header = grid.rows.findIndex((row) => row.some((value) => value === "序号"));
  grid.rows = [...grid.rows.slice(0, header + 1), [null, null, null], ...grid.rows.slice(header + 1)];
}

describe("assignments remembered in the workbook for the next month (对应记录)", () => {
  it("writes the 对应记录 sheet, keyed by department and the row's task, and sets the same row aside again next month", async () => {
    const port = await october(null);
    const record = port.sheets.find((sheet) => sheet.name === ASSIGNMENT_SHEET);
    expect(record?.rows.slice(0, 2)).toEqual([
      ["填报单位", "进展表中的任务", "对应任务序号", "对应任务", "对应时的截至日期"],
      ["省经委", "全省工业用电量", "不计入", null, AS_OF],
    ]);
    november(port);
    const check = await checked(port);
    const progress = await computeProgress(port, { check, asOf: "2007-11-30" });
    expect(progress.remembered).toEqual({ "|省经委进展|C15": null });
    expect(progress.built.unmatched).toEqual([]);
    expect(progress.built.matching.ignored.map((row) => row.title)).toEqual(["全省工业用电量"]);
  });

  it("assigns the row to the task chosen last month, found by its title when the task table renumbered it", async () => {
    const port = await october("10");
    const task10 = (await checked(port)).tasks.find((task) => task.id === "10");
    november(port);
    const table = port.sheets.find((sheet) => sheet.name === TASK_SHEET);
    if (!table || !task10) throw new Error("sample changed");
    const row = table.rows.find((cells) => cells[1] === task10.title);
    if (!row) throw new Error("task 10 not in the table");
    row[0] = "10A";
    const check = await checked(port);
    const progress = await computeProgress(port, { check, asOf: "2007-11-30" });
    expect(progress.remembered).toEqual({ "|省经委进展|C15": "10A" });
    const match = progress.built.matching.matched.find((entry) => entry.row.title === "全省工业用电量");
    expect(match?.task.title).toBe(task10.title);
    expect(match?.by).toBe("resolution");
  });

  it("the clerk's choice this month wins; an undone remembered assignment is matched afresh and forgotten", async () => {
    const port = await october("10");
    const check = await checked(port);
    const chosen = await computeProgress(port, { check, asOf: AS_OF, resolutions: { [POWER]: "1" } });
    expect(chosen.remembered).toEqual({});
    expect(chosen.built.matching.matched.find((entry) => entry.row.title === "全省工业用电量")?.task.id).toBe("1");

    const undone = await computeProgress(port, { check, asOf: AS_OF, forgotten: [POWER] });
    expect(undone.remembered).toEqual({});
    expect(undone.built.unmatched.map((entry) => entry.row.title)).toEqual(["全省工业用电量"]);
    const kept = await rememberAssignments(port, { rows: undone.rows, resolutions: {}, forgotten: [POWER], tasks: check.tasks, asOf: AS_OF, sheets: undone.sheets });
    expect(kept).toEqual({ records: [], written: true });
    const again = await computeProgress(port, { check, asOf: AS_OF });
    expect(again.built.unmatched.map((entry) => entry.row.title)).toEqual(["全省工业用电量"]);
  });

  it("a remembered task no longer in the task table is said, at the row, and the row is matched afresh", async () => {
    const port = await october("10");
    const table = port.sheets.find((sheet) => sheet.name === TASK_SHEET);
    const record = port.sheets.find((sheet) => sheet.name === ASSIGNMENT_SHEET);
    if (!table || !record) throw new Error("sample changed");
    record.rows[1][3] = "全省工业企业用电量增长10%";
    record.rows[1][2] = "99";
    const check = await checked(port);
    const progress = await computeProgress(port, { check, asOf: AS_OF });
    const gone = progress.problems.filter((problem) => problem.code === "remembered-assignment-gone");
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatchObject({ severity: "info", sheet: "省经委进展", cell: "C14" });
    expect(gone[0].message).toContain("任务99“全省工业企业用电量增长10%”");
    expect(progress.built.unmatched.map((entry) => entry.row.title)).toEqual(["全省工业用电量"]);
  });

  it("a run with nothing new leaves the workbook as it was", async () => {
    const port = await october(null);
    const check = await checked(port);
    const progress = await computeProgress(port, { check, asOf: AS_OF });
    const writes = port.writes.length;
    const kept = await rememberAssignments(port, { rows: progress.rows, resolutions: { [POWER]: null }, tasks: check.tasks, asOf: "2007-11-30", sheets: progress.sheets });
    expect(kept.written).toBe(false);
    expect(port.writes).toHaveLength(writes);
  });

  it("the record is the product's own: never a task table, never offered as progress", async () => {
    const port = await october(null);
    const record = port.sheets.find((sheet) => sheet.name === ASSIGNMENT_SHEET);
    if (!record) throw new Error("no record");
    expect(productSheetKind(record)).toBe("register");
    port.selection = { sheet: ASSIGNMENT_SHEET, address: "A1" };
    expect(await suggestTaskSheet(port)).toBe(TASK_SHEET);
    const choices = await prepareProgress(port, { check: await checked(port), today: "2026-12-04" });
    expect(choices.candidates).not.toContain(ASSIGNMENT_SHEET);
  });
});
