import { compareProgressRows } from "../../../src/domain/progress/compareProgressRows";
import type { ProgressMatch } from "../../../src/domain/progress/matchProgressRows";
import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { taskReports } from "../../../src/domain/progress/taskReports";
import type { Task } from "../../../src/domain/task";

const task = {
  id: "4",
  number: "4",
  section: [],
  title: "全省8个在建铁路项目完成投资",
  category: "",
  target: "完成投资280亿元",
  leads: ["省发展改革委"],
  supporting: ["省交通运输厅"],
  responsibility: "lead",
  deadline: "2007-12-31",
  source: { sheet: "任务分解表", row: 7 },
} as Task;
const period = { asOf: "2007-10-31", countingMonth: "2007-10", earliestLagged: "2007-09", roster: undefined };

function match(department: string, at: { file?: string; sheet: string; row: number }, asOf?: string): ProgressMatch {
  const row: ProgressRow = { text: "1-10月完成投资241.4亿元", department, source: { ...at, cell: `C${at.row}` }, value: 241.4, unit: "亿元" };
  if (asOf !== undefined) row.asOf = asOf;
  return { row, task, by: "id", score: 1 };
}

describe("taskReports", () => {
  it("reads a task's one matched row as its report, with its role and period", () => {
    const one = match("省发展改革委", { file: "省发展改革委.xlsx", sheet: "Sheet1", row: 5 }, "2007-10-31");
    const [entry, ...more] = taskReports(task, one, period);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ match: one, role: "lead", period: "current" });
    // The row is its own report: its text, figure, unit, period and cells, with no copy made.
    expect(entry.report).toBe(one.row);
    expect(entry.report).toMatchObject({ department: "省发展改革委", text: "1-10月完成投资241.4亿元", value: 241.4, unit: "亿元", asOf: "2007-10-31", source: { file: "省发展改革委.xlsx", sheet: "Sheet1", cell: "C5" } });
    expect(taskReports(task, match("省发展改革委", { sheet: "进展", row: 3 }, "2007-09-30"), period)[0].period).toBe("lagged");
    expect(taskReports(task, match("省发展改革委", { sheet: "进展", row: 3 }, "2007-08-31"), period)[0].period).toBe("stale");
    expect(taskReports(task, match("省发展改革委", { sheet: "进展", row: 3 }, "2007-11-30"), period)[0].period).toBe("later");
    expect(taskReports(task, match("省发展改革委", { sheet: "进展", row: 3 }), period)[0].period).toBe("current");
  });

  it("puts the lead's first, then unnamed rows, supporting departments and others, each in sheet order", () => {
    const rows = [
      match("省财政厅", { file: "a.xlsx", sheet: "Sheet1", row: 2 }),
      match("省交通运输厅", { file: "b.xlsx", sheet: "Sheet1", row: 9 }),
      match("省交通运输厅", { file: "b.xlsx", sheet: "Sheet1", row: 4 }),
      match("", { file: "c.xlsx", sheet: "Sheet1", row: 3 }),
      match("省发展改革委", { file: "d.xlsx", sheet: "Sheet1", row: 8 }),
    ];
    const reports = taskReports(task, rows, period);
    expect(reports.map((entry) => [entry.role, entry.report.source.file, entry.report.source.cell])).toEqual([
      ["lead", "d.xlsx", "C8"],
      ["unknown", "c.xlsx", "C3"],
      ["supporting", "b.xlsx", "C4"],
      ["supporting", "b.xlsx", "C9"],
      ["outsider", "a.xlsx", "C2"],
    ]);
    expect(rows[1].row.source.row).toBe(9);
  });
});

describe("compareProgressRows", () => {
  it("orders rows by file, sheet and row", () => {
    const row = (sheet: string, number: number, file?: string): ProgressRow => ({
      text: "",
      department: "",
      source: file === undefined ? { sheet, cell: "A1", row: number } : { file, sheet, cell: "A1", row: number },
    });
    const rows = [row("Sheet2", 1, "b.xlsx"), row("Sheet1", 12, "a.xlsx"), row("Sheet1", 4, "a.xlsx"), row("进展", 3)];
    expect(rows.sort(compareProgressRows).map((each) => `${each.source.file ?? ""}|${each.source.sheet}|${each.source.row}`)).toEqual([
      "|进展|3",
      "a.xlsx|Sheet1|4",
      "a.xlsx|Sheet1|12",
      "b.xlsx|Sheet2|1",
    ]);
  });
});

describe("taskReports periods", () => {
  it("dates a report by its month against the counting month, whatever follows the month", () => {
    const at = { sheet: "进展", row: 3 };
    const whenOf = (asOf: string): string => taskReports(task, match("省发展改革委", at, asOf), { ...period, asOf: "2007-12-31" })[0].period;
    expect(["2007-10", "2007-10-01", "2007-10-31", "2007-10x", "2007-09-30", "2007-09", "2007-08-31", "2007-1", "2007-11-05"].map(whenOf)).toEqual([
      "current",
      "current",
      "current",
      "current",
      "lagged",
      "lagged",
      "stale",
      "lagged",
      "current",
    ]);
  });
});
