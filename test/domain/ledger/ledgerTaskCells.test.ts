import type { Target, TargetResult } from "../../../src/domain/evaluation";
import { ledgerTaskCells } from "../../../src/domain/ledger/ledgerTaskCells";
import { decidingTarget } from "../../../src/domain/decidingTarget";
import { EXPECTED, evaluation } from "./evaluationFixtures";

/** 2018年吉林市政府工作报告: 完成棚户区改造5702户，回迁安置3000户，发放租赁补贴7000户. */
function target(subject: string, value: number): Target {
  return { kind: "amount", value, unit: "户", qualifier: "exact", subject, text: `${subject}${value}户` };
}
function result(item: Target, actual: number | null, status: TargetResult["status"]): TargetResult {
  const ratio = actual === null || item.value === null ? null : actual / item.value;
  return { target: item, actual, ratio, gapPoints: ratio === null ? null : (ratio - EXPECTED) * 100, status };
}

describe("ledgerTaskCells for a task with several targets", () => {
  const targets = [target("棚户区改造", 5702), target("回迁安置", 3000), target("发放租赁补贴", 7000)];
  const results = [result(targets[0], 5000, "on-schedule"), result(targets[1], 2100, "lagging"), result(targets[2], 6300, "on-schedule")];
  const several = {
    ...evaluation({ id: "7", title: "完成棚户区改造5702户，回迁安置3000户，发放租赁补贴7000户", status: "lagging", actual: 2100, ratio: 0.7, leads: ["市住建局"] }),
    targets,
    targetResults: results,
    decidingTargetIndex: 1,
  };

  test("the deciding target is the lagging one the task carries", () => {
    expect(decidingTarget(several)?.target.subject).toBe("回迁安置");
  });

  test("the deciding target is the one the evaluation names, even when another has the same figures", () => {
    const twin = result(targets[2], 2100, "lagging");
    const tied = { ...several, targetResults: [results[0], { ...twin, ratio: 0.7, gapPoints: results[1].gapPoints }, results[1]], decidingTargetIndex: 2 };
    expect(decidingTarget(tied)?.target.subject).toBe("回迁安置");
    expect(decidingTarget({ ...several, targetResults: [], decidingTargetIndex: null })).toBeUndefined();
  });

  test("完成值 and 完成率 name each target on its own line, the deciding one marked ※; the status is the deciding target's", () => {
    const { cells, unit } = ledgerTaskCells(several);
    expect(cells.actual).toBe("棚户区改造5000户\n回迁安置2100户\n发放租赁补贴6300户");
    // 5000/5702 = 87.7%, 2100/3000 = 70.0% (lagging: it decides), 6300/7000 = 90.0%.
    expect(cells.ratio).toBe("棚户区改造 87.7%\n※回迁安置 70.0%\n发放租赁补贴 90.0%");
    expect(ledgerTaskCells(several, "en").cells.ratio).toBe("棚户区改造: 87.7%\n※回迁安置: 70.0%\n发放租赁补贴: 90.0%");
    expect(cells.status).toBe("滞后");
    expect(unit).toBe("户");
    expect(ledgerTaskCells(several, "en").cells.actual).toBe("棚户区改造: 5000户\n回迁安置: 2100户\n发放租赁补贴: 6300户");
  });

  test("a target without a figure shows a dash; none with a figure leaves the cell empty", () => {
    const missing = { ...several, targetResults: [results[0], result(targets[1], null, "no-report"), results[2]], status: "no-report" as const, actual: null, ratio: null };
    expect(ledgerTaskCells(missing).cells.actual).toBe("棚户区改造5000户\n回迁安置—\n发放租赁补贴6300户");
    const none = { ...several, targetResults: targets.map((item) => result(item, null, "no-report")) };
    expect(ledgerTaskCells(none).cells.actual).toBeNull();
  });

  test("a single target keeps its figure as a number, shown in its unit", () => {
    const single = evaluation({ id: "3", title: "当年计划投资284亿元", status: "on-schedule", actual: 241.4, ratio: 0.85 });
    const { cells, unit } = ledgerTaskCells(single);
    expect(cells.actual).toBe(241.4);
    expect(unit).toBe("亿元");
  });

  test("the unit shown is the deciding target's: a growth rate that lags shows %, not 亿元", () => {
    // 吉政办明电〔2007〕23号: 全省努力完成工业投资1700亿元，比上年实际投资增长40%以上.
    const amount: Target = { kind: "amount", value: 1700, unit: "亿元", qualifier: "exact", subject: "工业投资", text: "完成工业投资1700亿元" };
    const growth: Target = { kind: "growth", value: 40, unit: "%", qualifier: "at-least", subject: "工业投资", text: "增长40%以上" };
    const both = {
      ...evaluation({ id: "1", title: "全省努力完成工业投资1700亿元，比上年实际投资增长40%以上", status: "lagging", actual: 36.5, ratio: 0.9125 }),
      targets: [amount, growth],
      targetResults: [result(amount, 1438.6, "on-schedule"), { target: growth, actual: 36.5, ratio: 0.9125, gapPoints: -8.75, status: "lagging" as const }],
      decidingTargetIndex: 1,
    };
    expect(ledgerTaskCells(both).unit).toBe("%");
    expect(ledgerTaskCells(both).cells.actual).toBe("工业投资1438.6亿元\n工业投资增长36.5%");
  });

  test("the gap of a growth target is labelled as against the target; figures of an earlier month say so", () => {
    // 连云港市2019年前三季度: 地区生产总值增长6.1%，低于目标0.9个百分点.
    const gdp: Target = { kind: "growth", value: 7, unit: "%", qualifier: "exact", subject: "地区生产总值", text: "增长7%" };
    const growth = {
      ...evaluation({ id: "1", title: "地区生产总值", status: "lagging", actual: 6.1, ratio: 6.1 / 7 }),
      targets: [gdp],
      targetResults: [{ target: gdp, actual: 6.1, ratio: 6.1 / 7, gapPoints: -0.9, gapAgainst: "target-rate" as const, status: "lagging" as const }],
      gapPoints: -0.9,
      gapAgainst: "target-rate" as const,
      dataPeriod: "2019-08-31",
    };
    const { cells } = ledgerTaskCells(growth);
    expect(cells.gap).toBe("对目标 -0.9");
    expect(ledgerTaskCells(growth, "en").cells.gap).toBe("vs target -0.9");
    expect(String(cells.progress)).toContain("（数据截至8月）");
    // Against 序时进度 the gap stays a number, as the column says.
    expect(ledgerTaskCells({ ...growth, gapAgainst: "expected-progress" as const, gapPoints: -12.9 }).cells.gap).toBe(-12.9);
  });
});
