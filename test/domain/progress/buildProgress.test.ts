import { buildRoster } from "../../../src/domain/departments/buildRoster";
import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import type { SheetGrid } from "../../../src/domain/grid";
import type { Problem } from "../../../src/domain/problem";
import { buildProgress } from "../../../src/domain/progress/buildProgress";
import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { readProgressSheet } from "../../../src/domain/progress/readProgressSheet";
import { industrialYearTasks } from "./industrialYearTasks";

const tasks = industrialYearTasks();
const roster = buildRoster({
  name: "部门名录",
  rows: [
    ["单位名称", "简称"],
    ["省经委", "省经济委员会"],
    ["省发展改革委", "省发改委"],
    ["省统计局", "统计局"],
    ["省环保局", "省环境保护局"],
    ["省科技厅", ""],
  ],
});
const AS_OF = "2007-10-31";

function read(grid: SheetGrid): ProgressRow[] {
  const result = readProgressSheet(grid, { tasks, roster, asOf: AS_OF });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.value;
}

/** 省发展改革委's own file: the 284亿元 plan of 002 (“当年计划投资284亿元”) reported in 万元, full-width digits. */
const ndrcFile: SheetGrid = {
  name: "Sheet1",
  file: "省发展改革委-1至10月进展.xlsx",
  rows: [
    ["省发展改革委重点工作推进情况表"],
    ["编号", "任务名称", "进展情况", "完成值（万元）"],
    ["４", "工业大项目计划总投资798亿元，当年计划投资", "１－１０月工业大项目完成投资２４１．４亿元", "2414000"],
    ["７", "特色产业园区50个", "特色产业园区完成投资1,395,000万元", 1395000],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
};

/** 省经委's sheet in the workbook: title row, its own layout, rows for tasks it leads and supports. */
const economicCommission: SheetGrid = {
  name: "省经委进展",
  rows: [
    ["省经委“工业项目年”重点工作进展情况（1-10月）"],
    ["序号", "工作任务", "1-10月完成情况", "填报单位"],
    ["1", "全省努力完成工业投资", "1-10月全省完成工业投资1438.6亿元，完成年计划的84.6%", "省经委"],
    ["3", "组织推动投资在亿元以上的工业大项目200个", "已开工建设亿元以上工业大项目168个", "省经委"],
    ["4", "工业大项目当年计划投资", "工业大项目完成投资238.0亿元", "省经委"],
    ["5", "技术创新项目", "已开工技术创新项目28个", "省经委"],
    ["10", "完成规模以上工业总产值", "完成规模以上工业总产值4390亿元", "省经委"],
    ["10", "完成规模以上工业总产值", "完成规模以上工业总产值4290亿元", "省经委"],
    ["11", "上半年工业项目建设情况小结", "已于7月完成上半年小结并通报", "省经委"],
    ["", "工业投资", "1-10月工业投资同比增长36.5%", "省经委"],
    ["", "全省工业用电量", "1-10月全省工业用电量同比增长8.1%", "省经委"],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
};

/** A combined sheet: 省统计局 reports a task it is not responsible for; 省环保局 (supporting) reports alone; a stale row. */
const combined: SheetGrid = {
  name: "有关部门汇总",
  rows: [
    ["有关部门重点工作进展情况汇总（截至2007年10月31日）"],
    ["序号", "工作任务", "进展情况", "填报单位", "截至日期"],
    ["3", "亿元以上工业大项目", "亿元以上工业大项目开工170个", "省统计局", ""],
    ["6", "工业节能降耗项目", "节能降耗项目完成投资13.1亿元", "省环境保护局", ""],
    ["8", "规模以上工业增加值", "1-9月规模以上工业增加值同比增长15.2%", "省经委", "2007-09-30"],
  ],
};

function problemAt(problems: Problem[], code: string, cell: string, sheet?: string): Problem | undefined {
  return problems.find((problem) => problem.code === code && problem.cell === cell && (sheet === undefined || problem.sheet === sheet));
}

describe("buildProgress on the 2007 “工业项目年” plan at 2007-10-31", () => {
  const rows = [...read(ndrcFile), ...read(economicCommission), ...read(combined)];
  const result = buildProgress({ tasks, progressRows: rows, asOf: AS_OF, settings: DEFAULT_SETTINGS, roster });
  const evaluation = (id: string) => {
    const found = result.evaluations.find((entry) => entry.task.id === id);
    if (!found) throw new Error(`no evaluation for ${id}`);
    return found;
  };

  it("evaluates every task, in table order", () => {
    expect(result.evaluations.map((entry) => entry.task.id)).toEqual(tasks.map((task) => task.id));
  });

  it("computes 241.4亿元 (reported as 2414000万元) against the plan of 284亿元: 85.0% against 83.3% expected, on schedule", () => {
    const task4 = evaluation("4");
    expect(task4.actual).toBeCloseTo(241.4, 6);
    expect(Math.round((task4.ratio ?? 0) * 1000) / 10).toBe(85.0);
    expect(Math.round(task4.expectedProgress * 1000) / 10).toBe(83.3);
    expect(task4.status).toBe("on-schedule");
    expect(task4.countingReport).toMatchObject({ department: "省发展改革委", source: { file: "省发展改革委-1至10月进展.xlsx", sheet: "Sheet1", cell: "C3" } });
  });

  it("keeps the supporting 省经委's figure in the reports and flags the two figures as conflicting, the lead's counting", () => {
    const task4 = evaluation("4");
    expect(task4.reports.map((report) => report.department)).toEqual(["省发展改革委", "省经委"]);
    const conflict = problemAt(result.problems, "conflicting-reports", "C5", "省经委进展");
    expect(conflict).toMatchObject({ severity: "warning" });
    expect(conflict?.message).toContain("241.4亿元");
    expect(conflict?.message).toContain("238亿元");
    expect(conflict?.message).toContain("省发展改革委-1至10月进展.xlsx Sheet1!C3");
    expect(conflict?.message).toContain("省经委进展!C5");
  });

  it("reports two different figures from the lead itself as an error: which one counts cannot be told", () => {
    const conflict = problemAt(result.problems, "conflicting-reports", "C8", "省经委进展");
    expect(conflict).toMatchObject({ severity: "error" });
    expect(conflict?.message).toContain("4390亿元");
    expect(conflict?.message).toContain("4290亿元");
  });

  it("computes the 1700亿元 investment target: 1438.6 → 84.6%, on schedule", () => {
    const task1 = evaluation("1");
    expect(Math.round((task1.ratio ?? 0) * 1000) / 10).toBe(84.6);
    expect(task1.status).toBe("on-schedule");
  });

  it("reads a milestone reported done (已于7月完成上半年小结)", () => {
    expect(evaluation("11")).toMatchObject({ status: "done", milestoneState: "done" });
  });

  it("flags a report from a department that is neither lead nor supporting at its 填报单位 cell, and does not count it", () => {
    const problem = problemAt(result.problems, "not-responsible", "D3", "有关部门汇总");
    expect(problem).toMatchObject({ severity: "warning", suggestion: "省经委" });
    expect(problem?.message).toContain("省统计局");
    const task3 = evaluation("3");
    expect(task3.countingReport?.department).toBe("省经委");
    expect(task3.actual).toBe(168);
    expect(task3.reports.map((report) => report.department)).toEqual(["省经委", "省统计局"]);
    expect(result.problems.filter((entry) => entry.code === "conflicting-reports" && entry.sheet === "有关部门汇总")).toEqual([]);
  });

  it("does not count a supporting department's report when the lead sent none: no-report, with a warning at the row", () => {
    const task6 = evaluation("6");
    expect(task6.status).toBe("no-report");
    expect(task6.reports).toHaveLength(1);
    expect(task6.reports[0].department).toBe("省环保局");
    expect(problemAt(result.problems, "no-lead-report", "C4", "有关部门汇总")).toBeDefined();
  });

  it("counts a 1-9月 statistic at the end of October as the latest available, marked 数据截至9月 (default lag one month)", () => {
    // 增长15.2% against 增长15%: judged against the target, the figure of September.
    expect(evaluation("8")).toMatchObject({ status: "on-schedule", actual: 15.2, dataPeriod: "2007-09-30", expectedProgress: 0.75 });
    expect(problemAt(result.problems, "stale-report", "C5", "有关部门汇总")).toBeUndefined();
  });

  it("does not count it without an allowed lag (数据滞后月数 0): stale-report, and the task is not reported", () => {
    const strict = buildProgress({ tasks, progressRows: rows, asOf: AS_OF, settings: { ...DEFAULT_SETTINGS, dataLagMonths: 0 }, roster });
    expect(strict.evaluations.find((entry) => entry.task.id === "8")?.status).toBe("no-report");
    expect(problemAt(strict.problems, "stale-report", "C5", "有关部门汇总")?.message).toContain("2007-09-30");
    // Two months behind stays stale with the default lag.
    const late = buildProgress({ tasks, progressRows: rows, asOf: "2007-11-30", settings: DEFAULT_SETTINGS, roster });
    expect(late.evaluations.find((entry) => entry.task.id === "8")?.dataPeriod).toBeUndefined();
    expect(problemAt(late.problems, "stale-report", "C5", "有关部门汇总")).toBeDefined();
  });

  it("carries evaluateTask's unit-mismatch (28个 against 40亿元) at the row's cell", () => {
    expect(evaluation("5").actual).toBeNull();
    expect(problemAt(result.problems, "unit-mismatch", "C6", "省经委进展")).toBeDefined();
  });

  it("lists the unmatched and ambiguous rows with their cells and candidate tasks, never guessing", () => {
    expect(result.unmatched.map((entry) => [entry.row.source.cell, entry.reason])).toEqual([
      ["C10", "several-titles"],
      ["C11", "no-match"],
    ]);
    expect(problemAt(result.problems, "ambiguous-progress", "C10", "省经委进展")?.message).toMatch(/建议对应任务1：全省努力完成工业投资（相似度\d+%）；其次为任务2：工业投资比上年/);
    expect(problemAt(result.problems, "unmatched-progress", "C11", "省经委进展")).toMatchObject({ severity: "warning" });
  });

  it("takes the clerk's resolution for an ambiguous row", () => {
    const resolved = buildProgress({ tasks, progressRows: rows, asOf: AS_OF, roster, resolutions: { "|省经委进展|C10": "2", "|省经委进展|C11": null } });
    expect(resolved.unmatched).toEqual([]);
    const task2 = resolved.evaluations.find((entry) => entry.task.id === "2");
    expect(task2?.actual).toBeCloseTo(36.5, 6);
    expect(task2?.status).toBe("lagging");
  });

  it("gives every problem a sheet and a cell", () => {
    for (const problem of result.problems) {
      expect(problem.sheet).toBeTruthy();
      expect(problem.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});

describe("buildProgress — targets read once per repeated target text", () => {
  const base = industrialYearTasks()[4];
  const twin = (id: string, title: string, target: string) => ({ ...base, id, title, target, source: { ...base.source, row: Number(id) + 2 } });
  const repeated = [
    twin("1", "组织推进技术创新项目", "当年计划投资40亿元"),
    twin("2", "组织推广节能降耗项目", "当年计划投资40亿元"),
    // A bare figure is read against each task's own title: its unit comes from there.
    twin("3", "城镇新增就业(人)", "869"),
    twin("4", "新增造林面积(亩)", "869"),
  ];
  const built = buildProgress({ tasks: repeated, progressRows: [], asOf: AS_OF, settings: DEFAULT_SETTINGS });

  it("gives tasks of the same target text the same targets, and never lets one task's targets be changed", () => {
    const [first, second] = built.evaluations;
    expect(first.targets).toEqual([expect.objectContaining({ kind: "amount", value: 40, unit: "亿元" })]);
    expect(second.targets).toEqual(first.targets);
    expect(Object.isFrozen(first.targets[0])).toBe(true);
    expect(() => {
      "use strict";
      (first.targets[0] as { value: number }).value = 1;
    }).toThrow(TypeError);
  });

  it("still reads a bare figure against each task's title", () => {
    expect(built.evaluations[2].targets.map((target) => [target.value, target.unit])).toEqual([[869, "人"]]);
    expect(built.evaluations[3].targets.map((target) => [target.value, target.unit])).toEqual([[869, "亩"]]);
  });
});
