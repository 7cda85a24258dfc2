import { DEFAULT_SETTINGS, type LedgerSettings, type ProgressReport, type Target } from "../../../src/domain/evaluation";
import { evaluateTask } from "../../../src/domain/progress/evaluateTask";
import { parseTargets } from "../../../src/domain/targets/parseTargets";
import type { Task } from "../../../src/domain/task";

function task(title: string, target: string, deadline: string | null = null): Task {
  return {
    id: "1",
    title,
    category: "",
    target,
    leads: ["省经委"],
    supporting: [],
    responsibility: "lead",
    deadline,
    source: { sheet: "任务分解表", row: 3 },
  };
}

function report(text: string, extra: Partial<ProgressReport> = {}): ProgressReport {
  return { department: "省经委", text, source: { file: "省经委.xlsx", sheet: "进展", cell: "D5" }, ...extra };
}

function run(
  t: Task,
  progress: ProgressReport | null,
  asOf: string,
  options: { targets?: Target[]; planStartYear?: number; planYears?: number; settings?: LedgerSettings } = {},
) {
  return evaluateTask(t, {
    targets: options.targets ?? parseTargets(t.target),
    reports: progress === null ? [] : [progress],
    countingReport: progress,
    asOf,
    settings: options.settings ?? DEFAULT_SETTINGS,
    ...(options.planStartYear !== undefined ? { planStartYear: options.planStartYear } : {}),
    ...(options.planYears !== undefined ? { planYears: options.planYears } : {}),
  });
}

describe("evaluateTask — amounts (002, 工业项目年)", () => {
  const bigProjects = task("组织推动工业大项目", "当年计划投资284亿元");

  it("284亿元 planned, 241.4亿元 by the end of October: 85.0% against 83.3%, on schedule", () => {
    const { evaluation, problems } = run(bigProjects, report("1-10月完成投资241.4亿元"), "2007-10-31");
    expect(problems).toEqual([]);
    expect(evaluation.actual).toBeCloseTo(241.4, 6);
    expect(evaluation.ratio).toBeCloseTo(0.85, 3);
    expect(evaluation.expectedProgress).toBeCloseTo(0.833, 3);
    expect(evaluation.gapPoints).toBeCloseTo(1.667, 2);
    expect(evaluation.status).toBe("on-schedule");
  });

  it("工业投资1700亿元 with a report in 万元: 85.1%, 1.8 points above 序时进度", () => {
    const industry = task("完成工业投资", "全省努力完成工业投资1700亿元");
    const { evaluation, problems } = run(industry, report("1-10月全省完成工业投资14467000万元"), "2007-10-31");
    expect(problems).toEqual([]);
    expect(evaluation.actual).toBeCloseTo(1446.7, 6);
    expect(evaluation.ratio).toBeCloseTo(0.851, 3);
    expect(evaluation.gapPoints).toBeCloseTo(1.8, 1);
    expect(evaluation.status).toBe("on-schedule");
  });

  it("a report in a unit that cannot be converted is a unit-mismatch at the report's cell, actual null", () => {
    const industry = task("完成工业投资", "全省努力完成工业投资1700亿元");
    const { evaluation, problems } = run(industry, report("已开工", { value: 8, unit: "个" }), "2007-10-31");
    expect(evaluation.actual).toBeNull();
    expect(evaluation.ratio).toBeNull();
    expect(evaluation.status).toBe("no-figure"); // a report came: 缺数字, not 未报送
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "unit-mismatch", file: "省经委.xlsx", sheet: "进展", cell: "D5", suggestion: "亿元" });
    expect(problems[0].message).toContain("亿元");
  });

  it("a stated share that disagrees with the figure is a warning", () => {
    const { evaluation, problems } = run(bigProjects, report("1-10月完成投资241.4亿元，完成年计划的95%"), "2007-10-31");
    expect(evaluation.ratio).toBeCloseTo(0.85, 3);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([["reported-ratio-differs", "D5"]]);
  });

  it("a stated share that agrees is no problem", () => {
    const industry = task("完成工业投资", "全省努力完成工业投资1700亿元");
    const { problems } = run(industry, report("完成工业投资1446.7亿元，完成年计划的85.1%"), "2007-10-31");
    expect(problems).toEqual([]);
  });
});

describe("evaluateTask — the work report's targets (001)", () => {
  const jobs = task("推动就业创业", "城镇新增就业7万人", "2018-12-31");

  it("新增就业7万人: 5.2万人 at the end of October lags (74.3% < 83.3%)", () => {
    const { evaluation } = run(jobs, report("1-10月城镇新增就业5.2万人"), "2018-10-31");
    expect(evaluation.ratio).toBeCloseTo(0.743, 3);
    expect(evaluation.gapPoints).toBeCloseTo(-9.05, 1);
    expect(evaluation.status).toBe("lagging");
  });

  it("新增就业 reported in 人 is converted to 万人", () => {
    const { evaluation } = run(jobs, report("城镇新增就业61,200人"), "2018-10-31");
    expect(evaluation.actual).toBeCloseTo(6.12, 6);
    expect(evaluation.ratio).toBeCloseTo(0.874, 3);
    expect(evaluation.status).toBe("on-schedule");
  });

  it("完成棚户区改造5702户: done at 100%, exceeded above it", () => {
    const shanty = task("改善居住环境", "完成棚户区改造5702户", "2018-12-31");
    const done = run(shanty, report("已完成棚户区改造5702户"), "2018-10-31").evaluation;
    expect(done.ratio).toBeCloseTo(1, 3);
    expect(done.status).toBe("done");
    expect(done.exceeded).toBeUndefined();
    const over = run(shanty, report("完成棚户区改造6000户，超额完成"), "2018-10-31").evaluation;
    expect(over.ratio).toBeCloseTo(1.052, 3);
    expect(over.status).toBe("done");
    expect(over.exceeded).toBe(true);
  });

  it("增长6%左右: 5.6% is within the 0.5-point tolerance, 5.2% lags 0.8 point, below 3% (half the target) lags badly", () => {
    const gdp = task("稳增长", "地区生产总值增长6%左右", "2018-12-31");
    const near = run(gdp, report("1-11月地区生产总值同比增长5.6%"), "2018-11-30").evaluation;
    expect(near.ratio).toBeCloseTo(0.933, 3);
    expect(near.status).toBe("on-schedule");
    const behind = run(gdp, report("同比增长5.2%"), "2018-11-30").evaluation;
    // The gap of a growth target is in percentage points against the target rate, never against 序时进度.
    expect(behind.gapPoints).toBeCloseTo(-0.8, 6);
    expect(behind.gapAgainst).toBe("target-rate");
    expect(behind.status).toBe("lagging");
    expect(run(gdp, report("同比增长3%"), "2018-11-30").evaluation.status).toBe("lagging");
    expect(run(gdp, report("同比增长2.9%"), "2018-11-30").evaluation.status).toBe("lagging-badly");
    const halfAsBad = run(gdp, report("同比增长4%"), "2018-11-30", { settings: { ...DEFAULT_SETTINGS, rateLaggingBadlyShare: 0.3 } }).evaluation;
    expect(halfAsBad.status).toBe("lagging-badly");
    const yearEnd = run(gdp, report("全年地区生产总值增长6.1%"), "2018-12-31").evaluation;
    expect(yearEnd.status).toBe("done");
    expect(yearEnd.exceeded).toBe(true);
  });

  it("控制在4.5%以内: held is on schedule before the year end and done at it; above the cap lags", () => {
    const unemployment = task("稳就业", "城镇登记失业率控制在4.5%以内");
    const held = run(unemployment, report("城镇登记失业率为3.9%"), "2018-10-31").evaluation;
    expect(held.ratio).toBeCloseTo(1.154, 3);
    expect(held.status).toBe("on-schedule");
    const atEnd = run(unemployment, report("城镇登记失业率为3.9%"), "2018-12-31").evaluation;
    expect(atEnd.status).toBe("done");
    expect(atEnd.exceeded).toBeUndefined();
    const above = run(unemployment, report("城镇登记失业率为4.8%"), "2018-10-31").evaluation;
    expect(above.ratio).toBeCloseTo(0.938, 3);
    expect(above.status).toBe("lagging");
  });

  it("下降2%以上 within the year: 1.2% by June is 60% against 50%", () => {
    const energy = task("节能降耗", "单位GDP能耗下降2%以上");
    const { evaluation } = run(energy, report("上半年单位GDP能耗同比下降1.2%"), "2018-06-30");
    expect(evaluation.ratio).toBeCloseTo(0.6, 3);
    expect(evaluation.expectedProgress).toBeCloseTo(0.5, 3);
    expect(evaluation.status).toBe("on-schedule");
  });
});

describe("evaluateTask — the five-year division (003)", () => {
  it("降低16% over 2011–2015: 4.87% achieved by 2012 is 28.6% of the way, behind 40%", () => {
    const energy = task("单位地区生产总值能源消耗降低16％", "单位地区生产总值能源消耗降低16％", "2015-12-31");
    const { evaluation } = run(energy, report("两年累计下降4.87%"), "2012-12-31", { planStartYear: 2011, planYears: 5 });
    expect(evaluation.ratio).toBeCloseTo(0.2863, 3);
    expect(evaluation.expectedProgress).toBeCloseTo(0.4, 3);
    expect(evaluation.status).toBe("lagging");
  });

  it("the statistics bureau's example: 4.87% against 17% is 26.8%", () => {
    const carbon = task("单位地区生产总值二氧化碳排放降低17%", "单位地区生产总值二氧化碳排放降低17%", "2015-12-31");
    const { evaluation } = run(carbon, report("累计下降4.87%"), "2012-12-31", { planStartYear: 2011, planYears: 5 });
    expect(evaluation.ratio).toBeCloseTo(0.268, 3);
  });

  it("全省总人口控制在2787万人以内, reported in 人 with separators", () => {
    const population = task("全省总人口控制在2787万人以内", "全省总人口控制在2787万人以内。", "2015-12-31");
    const { evaluation } = run(population, report("年末全省总人口27,494,000人"), "2013-12-31");
    expect(evaluation.actual).toBeCloseTo(2749.4, 6);
    expect(evaluation.ratio).toBeCloseTo(1.014, 3);
    expect(evaluation.status).toBe("done");
  });

  it("投资完成率达到50%: a rate of the plan is itself the target — 45% at the end of June is 5 points short", () => {
    const rate = task("重点项目投资完成率达到50%", "上半年重点项目投资完成率达到50%", "2020-12-31");
    const { evaluation } = run(rate, report("1-6月重点项目投资完成率45%"), "2020-06-30");
    expect(evaluation.actual).toBeCloseTo(45, 6);
    expect(evaluation.gapPoints).toBeCloseTo(-5, 6);
    expect(evaluation.gapAgainst).toBe("target-rate");
    expect(evaluation.status).toBe("lagging");
  });

  it("参保率达到92%: a level is judged against the target, not the time elapsed — 91.5% is 0.5 point short, 92.3% reached", () => {
    const insurance = task("城乡三项基本医疗保险参保率达到92％", "城乡三项基本医疗保险参保率达到92％");
    const { evaluation } = run(insurance, report("参保率达到91.5%"), "2011-10-31");
    expect(evaluation.ratio).toBeCloseTo(0.995, 3);
    expect(evaluation.gapPoints).toBeCloseTo(-0.5, 6);
    expect(evaluation.gapAgainst).toBe("target-rate");
    expect(evaluation.status).toBe("lagging");
    const reached = run(insurance, report("参保率达到92.3%"), "2011-10-31").evaluation;
    expect(reached.status).toBe("done");
    expect(reached.ratio).toBeCloseTo(1.0033, 4);
    const capped = run(insurance, report("参保率达到92.3%"), "2011-10-31", { settings: { ...DEFAULT_SETTINGS, levelReachedShown: "capped" } }).evaluation;
    expect(capped.ratio).toBe(1);
    expect(capped.exceeded).toBeUndefined();
  });

  it("5年累计新增63.27万套: cumulative actual against the years elapsed of the plan", () => {
    const housing = task("城镇保障性安居工程建设", "城镇保障性安居工程建设5年累计新增63.27万套。", "2015-12-31");
    const ahead = run(housing, report("2011年以来累计新增保障性住房40.5万套"), "2013-12-31", { planStartYear: 2011 }).evaluation;
    expect(ahead.ratio).toBeCloseTo(0.640, 3);
    expect(ahead.expectedProgress).toBeCloseTo(0.6, 3);
    expect(ahead.status).toBe("on-schedule");
    const october = run(housing, report("累计新增25万套"), "2013-10-31", { planStartYear: 2011 }).evaluation;
    expect(october.expectedProgress).toBeCloseTo(0.567, 3);
    expect(october.ratio).toBeCloseTo(0.395, 3);
    expect(october.status).toBe("lagging");
  });

  it("assumes the plan start from the deadline when none is given, and says so", () => {
    const housing = task("城镇保障性安居工程建设", "城镇保障性安居工程建设5年累计新增63.27万套。", "2015-12-31");
    const { evaluation, problems } = run(housing, report("累计新增40.5万套"), "2013-12-31");
    expect(evaluation.expectedProgress).toBeCloseTo(0.6, 3);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([["plan-start-assumed", "D5"]]);
  });
});

describe("evaluateTask — milestones and deadlines", () => {
  const reform = task("深化国资国企改革", "完成“三供一业”分离移交和市属国有企业公司制改革任务", "2018-12-31");

  it("reads the reported state", () => {
    const done = run(reform, report("“三供一业”分离移交已全部完成"), "2018-10-31").evaluation;
    expect(done.status).toBe("done");
    expect(done.milestoneState).toBe("done");
    expect(done.ratio).toBeNull();
    expect(run(reform, report("正在推进"), "2018-10-31").evaluation.status).toBe("on-schedule");
    expect(run(reform, report("正在推进"), "2018-12-20").evaluation.status).toBe("due-soon");
    expect(run(reform, report("尚未启动"), "2018-10-31").evaluation.status).toBe("lagging-badly");
    expect(run(reform, report("尚未启动"), "2018-03-31").evaluation.status).toBe("lagging");
  });

  it("a text with no state is on schedule with a note to check it", () => {
    const { evaluation, problems } = run(reform, report("已报送材料"), "2018-10-31");
    expect(evaluation.status).toBe("on-schedule");
    expect(problems.map((p) => [p.code, p.severity, p.cell])).toEqual([["unreadable-progress", "info", "D5"]]);
  });

  it("a task without targets is evaluated as a milestone of its title", () => {
    const plain = task("出台加快民营经济发展的政策措施", "", "2018-06-30");
    const { evaluation } = run(plain, report("政策措施已出台"), "2018-10-31", { targets: [] });
    expect(evaluation.status).toBe("done");
  });

  it("a deadline earlier in the year shortens it: due 06-30, expected 50% at the end of March", () => {
    const early = task("工业大项目前期", "当年计划投资284亿元", "2007-06-30");
    const march = run(early, report("1-3月完成投资120亿元"), "2007-03-31").evaluation;
    expect(march.expectedProgress).toBeCloseTo(0.5, 3);
    expect(march.ratio).toBeCloseTo(0.423, 3);
    expect(march.status).toBe("lagging");
    const june = run(early, report("1-6月完成投资270亿元"), "2007-06-30").evaluation;
    expect(june.expectedProgress).toBe(1);
    expect(june.status).toBe("lagging"); // on the deadline day: not yet overdue
    // 20 June: 5 of 6 months elapsed (83.3%); 95.1% is on schedule and the deadline is 10 days away
    expect(run(early, report("1-6月完成投资270亿元"), "2007-06-20").evaluation.status).toBe("due-soon");
    expect(run(early, report("1-6月完成投资170亿元"), "2007-06-20").evaluation.status).toBe("lagging");
  });

  it("applies each status in precedence order", () => {
    const due = task("工业大项目", "当年计划投资284亿元", "2007-11-10");
    // done beats overdue
    expect(run(due, report("完成投资290亿元"), "2007-11-30").evaluation.status).toBe("done");
    // overdue beats no report
    expect(run(due, null, "2007-11-30").evaluation.status).toBe("overdue");
    // no report before the deadline
    expect(run(due, null, "2007-10-31").evaluation.status).toBe("no-report");
    // a report without a figure is 缺数字 (not 未报送), with a problem at its cell
    const empty = run(due, report("项目推进顺利"), "2007-10-31");
    expect(empty.evaluation.status).toBe("no-figure");
    expect(empty.problems.map((p) => [p.code, p.cell])).toEqual([["no-figure", "D5"]]);
    // the deadline 11-10 shortens the year to 10⅓ months: 10 of them elapsed at 10-31 (96.8%)
    expect(run(due, report("完成投资280亿元"), "2007-10-31").evaluation.expectedProgress).toBeCloseTo(0.968, 3);
    // lagging badly: 50% is 46.8 points behind
    expect(run(due, report("完成投资142亿元"), "2007-10-31").evaluation.status).toBe("lagging-badly");
    // lagging: 80% is 16.8 points behind
    expect(run(due, report("完成投资227.2亿元"), "2007-10-31").evaluation.status).toBe("lagging");
    // due soon: 98.6%, on schedule, deadline in 10 days
    expect(run(due, report("完成投资280亿元"), "2007-10-31").evaluation.status).toBe("due-soon");
    // on schedule: 88.0% against 87.1% (9 of 10⅓ months) with the deadline 21 days away
    expect(run(due, report("完成投资250亿元"), "2007-10-20").evaluation.status).toBe("on-schedule");
  });

  it("uses the clerk's settings", () => {
    const projects = task("工业大项目", "当年计划投资284亿元");
    const strict = evaluateTask(projects, {
      targets: parseTargets(projects.target),
      reports: [],
      countingReport: report("完成投资227.2亿元"),
      asOf: "2007-10-31",
      settings: { ...DEFAULT_SETTINGS, laggingBadlyGap: 3, expectedProgressMethod: "days" },
    }).evaluation;
    expect(strict.expectedProgress).toBeCloseTo(304 / 365, 6);
    expect(strict.status).toBe("lagging-badly");
  });

  it("reports a malformed as-of date", () => {
    const { problems } = run(task("工业大项目", "当年计划投资284亿元"), report("完成投资250亿元"), "2007-13-01");
    expect(problems.map((p) => [p.code, p.severity])).toEqual([["bad-as-of", "error"]]);
  });
});

describe("evaluateTask — several targets in one task", () => {
  // 001 (2018 work report, 改善居住环境): “完成棚户区改造5702户，回迁安置3000户，发放租赁补贴7000户”
  const housing = task("改善居住环境", "完成棚户区改造5702户，回迁安置3000户，发放租赁补贴7000户", "2018-12-31");

  it("reads each target from its own clause: 回迁安置 lags while 棚户区改造 is on schedule → the task lags", () => {
    const { evaluation, problems } = run(housing, report("1-10月完成棚户区改造5000户，回迁安置2100户，发放租赁补贴6300户"), "2018-10-31");
    expect(problems).toEqual([]);
    expect(evaluation.targetResults.map((r) => r.target.text)).toEqual(["完成棚户区改造5702户", "回迁安置3000户", "发放租赁补贴7000户"]);
    expect(evaluation.targetResults.map((r) => r.actual)).toEqual([5000, 2100, 6300]);
    const [shanty, resettle, rent] = evaluation.targetResults;
    expect(shanty.ratio).toBeCloseTo(0.877, 3); // 5000 ÷ 5702
    expect(resettle.ratio).toBeCloseTo(0.7, 3); // 2100 ÷ 3000
    expect(rent.ratio).toBeCloseTo(0.9, 3); // 6300 ÷ 7000
    expect(evaluation.targetResults.map((r) => r.status)).toEqual(["on-schedule", "lagging", "on-schedule"]);
    expect(evaluation.status).toBe("lagging");
    expect(evaluation.decidingTargetIndex).toBe(1);
    expect(evaluation.actual).toBe(2100);
    expect(evaluation.ratio).toBeCloseTo(0.7, 3);
    expect(evaluation.gapPoints).toBeCloseTo(-13.333, 2); // 70.0% against 83.3%
  });

  it("is done only when every target is done; then the first target's figures stand for the task", () => {
    const { evaluation } = run(housing, report("已完成棚户区改造5702户，回迁安置3000户，发放租赁补贴7200户"), "2018-11-30");
    expect(evaluation.targetResults.map((r) => r.status)).toEqual(["done", "done", "done"]);
    expect(evaluation.targetResults[2].ratio).toBeCloseTo(1.029, 3); // 7200 ÷ 7000
    expect(evaluation.status).toBe("done");
    expect(evaluation.actual).toBe(5702);
    expect(evaluation.decidingTargetIndex).toBe(0);
    expect(evaluation.ratio).toBeCloseTo(1, 3);
    expect(evaluation.exceeded).toBeUndefined();
    const partly = run(housing, report("已完成棚户区改造5702户，回迁安置3000户，发放租赁补贴6500户"), "2018-11-30").evaluation;
    expect(partly.targetResults.map((r) => r.status)).toEqual(["done", "done", "on-schedule"]);
    expect(partly.status).toBe("on-schedule");
    expect(partly.decidingTargetIndex).toBe(2);
    expect(partly.ratio).toBeCloseTo(0.929, 3); // 6500 ÷ 7000, the target that decided
  });

  it("a target the report does not mention is no-figure at the report's cell, naming that target; the task is 缺数字", () => {
    const { evaluation, problems } = run(housing, report("1-10月完成棚户区改造5000户，发放租赁补贴6300户"), "2018-10-31");
    expect(evaluation.targetResults.map((r) => r.actual)).toEqual([5000, null, 6300]);
    expect(evaluation.targetResults.map((r) => r.status)).toEqual(["on-schedule", "no-figure", "on-schedule"]);
    expect(evaluation.status).toBe("no-figure");
    expect(problems.map((p) => [p.code, p.file, p.sheet, p.cell])).toEqual([["no-figure", "省经委.xlsx", "进展", "D5"]]);
    expect(problems[0].message).toContain("回迁安置3000户");
  });

  it("a second target reported in a unit that cannot be converted is a unit-mismatch naming that target", () => {
    const { evaluation, problems } = run(housing, report("完成棚户区改造5000户，回迁安置6800人，发放租赁补贴6300户"), "2018-10-31");
    expect(evaluation.targetResults[1].actual).toBeNull();
    expect(problems.map((p) => [p.code, p.cell, p.suggestion])).toEqual([["unit-mismatch", "D5", "户"]]);
    expect(problems[0].message).toContain("回迁安置3000户");
    expect(problems[0].message).toContain("6800人");
  });

  it("002: 工业投资1700亿元 and 增长40%以上 — 1438.6亿元 is on schedule, growth of 36.5% lags, so the task lags", () => {
    // 002: “全省努力完成工业投资 1700 亿元,比上年实际投资增长 40%以上”
    const investment = task("全省努力完成工业投资", "全省努力完成工业投资1700亿元，比上年实际投资增长40%以上", "2007-12-31");
    const { evaluation, problems } = run(investment, report("1-10月全省完成工业投资1438.6亿元，同比增长36.5%"), "2007-10-31");
    expect(problems).toEqual([]);
    const [amount, growth] = evaluation.targetResults;
    expect(amount.actual).toBeCloseTo(1438.6, 6);
    expect(amount.ratio).toBeCloseTo(0.846, 3);
    expect(amount.gapPoints).toBeCloseTo(1.29, 2);
    expect(amount.status).toBe("on-schedule");
    expect(growth.actual).toBeCloseTo(36.5, 6);
    expect(growth.ratio).toBeCloseTo(0.9125, 4); // 36.5 ÷ 40
    expect(growth.gapPoints).toBeCloseTo(-3.5, 6); // 36.5% against 40%: 3.5 points short of the target rate
    expect(growth.status).toBe("lagging");
    expect(evaluation.status).toBe("lagging");
    expect(evaluation.actual).toBeCloseTo(36.5, 6);
    expect(evaluation.ratio).toBeCloseTo(0.9125, 4);
  });

  it("001: 地区生产总值增长6%左右 and 地方级财政收入可比增长5% are matched by subject, in either order", () => {
    // 001: “地区生产总值增长6%左右，地方级财政收入可比增长5%”
    const growth = task("主要预期目标", "地区生产总值增长6%左右，地方级财政收入可比增长5%", "2018-12-31");
    for (const text of ["1-11月地区生产总值同比增长5.6%，地方级财政收入可比增长3.2%", "地方级财政收入可比增长3.2%；1-11月地区生产总值同比增长5.6%"]) {
      const { evaluation } = run(growth, report(text), "2018-11-30");
      const [gdp, revenue] = evaluation.targetResults;
      expect(gdp.actual).toBeCloseTo(5.6, 6);
      expect(gdp.ratio).toBeCloseTo(0.933, 3);
      expect(gdp.status).toBe("on-schedule"); // within the 0.5-point tolerance of 左右
      expect(revenue.actual).toBeCloseTo(3.2, 6);
      expect(revenue.ratio).toBeCloseTo(0.64, 3);
      expect(revenue.gapPoints).toBeCloseTo(-1.8, 6);
      expect(revenue.status).toBe("lagging"); // 1.8 points short: less than half of 5%
      expect(evaluation.status).toBe("lagging");
      expect(evaluation.ratio).toBeCloseTo(0.64, 3);
    }
  });

  it("003: four reductions over the plan, one rising emission lags badly; the assumed plan start is said once", () => {
    // 003: “化学需氧量排放减少8.8％，二氧化硫排放减少2.7％，氨氮排放减少10.5％，氮氧化物排放减少6.9％。（省环保厅牵头）”
    const emissions = task("主要污染物减排", "化学需氧量排放减少8.8％，二氧化硫排放减少2.7％，氨氮排放减少10.5％，氮氧化物排放减少6.9％。", "2015-12-31");
    const { evaluation, problems } = run(
      emissions,
      report("化学需氧量排放累计减少4.0%，二氧化硫排放累计减少1.2%，氨氮排放累计减少4.5%，氮氧化物排放增加0.5%"),
      "2012-12-31",
      { planYears: 5 },
    );
    expect(evaluation.targetResults.map((r) => r.actual)).toEqual([4, 1.2, 4.5, -0.5]);
    const ratios = evaluation.targetResults.map((r) => r.ratio ?? Number.NaN);
    expect(ratios[0]).toBeCloseTo(0.443, 3); // ln(0.96) ÷ ln(0.912)
    expect(ratios[1]).toBeCloseTo(0.441, 3); // ln(0.988) ÷ ln(0.973)
    expect(ratios[2]).toBeCloseTo(0.415, 3); // ln(0.955) ÷ ln(0.895)
    expect(ratios[3]).toBeCloseTo(-0.070, 3); // ln(1.005) ÷ ln(0.931)
    expect(evaluation.expectedProgress).toBeCloseTo(0.4, 3);
    expect(evaluation.targetResults.map((r) => r.status)).toEqual(["on-schedule", "on-schedule", "on-schedule", "lagging-badly"]);
    expect(evaluation.status).toBe("lagging-badly");
    expect(problems.map((p) => [p.code, p.cell])).toEqual([["plan-start-assumed", "D5"]]);
  });

  it("the value column answers the first of several targets only when no clause holds a figure for it", () => {
    const investment = task("全省努力完成工业投资", "全省努力完成工业投资1700亿元，比上年实际投资增长40%以上", "2007-12-31");
    const fromValue = run(investment, report("同比增长36.5%", { value: 1438.6, unit: "亿元" }), "2007-10-31").evaluation;
    expect(fromValue.targetResults.map((r) => r.actual)).toEqual([1438.6, 36.5]);
    const fromText = run(investment, report("完成工业投资1200亿元，同比增长36.5%", { value: 1438.6, unit: "亿元" }), "2007-10-31").evaluation;
    expect(fromText.targetResults.map((r) => r.actual)).toEqual([1200, 36.5]);
    expect(fromText.targetResults[0].status).toBe("lagging"); // 70.6% against 83.3%
  });

  it("a single target keeps its one result, equal to the task's", () => {
    const { evaluation } = run(task("组织推动工业大项目", "当年计划投资284亿元"), report("1-10月完成投资241.4亿元"), "2007-10-31");
    expect(evaluation.targetResults).toHaveLength(1);
    expect(evaluation.targetResults[0]).toMatchObject({ actual: 241.4, status: "on-schedule" });
    expect(evaluation.targetResults[0].ratio).toBeCloseTo(0.85, 3);
  });
});
