import type { ProgressReport } from "../../../src/domain/evaluation";
import { evaluateTask } from "../../../src/domain/progress/evaluateTask";
import { evaluationReportJson } from "../../../src/domain/progress/evaluationReportJson";
import { parseTargets } from "../../../src/domain/targets/parseTargets";
import type { Task } from "../../../src/domain/task";
import { evaluation as handBuilt } from "../ledger/evaluationFixtures";

// 002: “全省努力完成工业投资 1700 亿元,比上年实际投资增长 40%以上”
const investment: Task = {
  id: "1",
  title: "全省努力完成工业投资",
  category: "",
  target: "全省努力完成工业投资1700亿元，比上年实际投资增长40%以上",
  leads: ["省经委"],
  supporting: ["省统计局"],
  responsibility: "lead",
  deadline: "2007-12-31",
  source: { sheet: "重点工作任务分解表", row: 3 },
};
const report: ProgressReport = {
  department: "省经委",
  text: "1-10月全省完成工业投资1438.6亿元，同比增长36.5%",
  source: { file: "工业项目年2007.xlsx", sheet: "省经委进展", cell: "C4" },
};

describe("evaluationReportJson — targets", () => {
  it("gives each target its own actual, ratio (4 decimals) and status, keeping kind, value, unit, qualifier and text", () => {
    const { evaluation } = evaluateTask(investment, {
      targets: parseTargets(investment.target),
      reports: [report],
      countingReport: report,
      asOf: "2007-10-31",
    });
    const json = evaluationReportJson(evaluation);
    expect(json.targets).toEqual([
      { kind: "amount", value: 1700, unit: "亿元", qualifier: "exact", text: "全省努力完成工业投资1700亿元", actual: 1438.6, ratio: 0.8462, status: "on-schedule" },
      { kind: "growth", value: 40, unit: "%", qualifier: "at-least", text: "比上年实际投资增长40%以上", actual: 36.5, ratio: 0.9125, status: "lagging" },
    ]);
    expect(json).toMatchObject({ actual: 36.5, ratio: 0.9125, gapPoints: -3.5, gapAgainst: "target-rate", status: "lagging" });
  });

  it("a target without an evaluated result shows no figure and the task's status", () => {
    const built = { ...handBuilt({ id: "4", title: "当年计划投资284亿元", target: { value: 284 }, actual: 241.4, ratio: 0.85, status: "on-schedule" }), targetResults: [] };
    expect(evaluationReportJson(built).targets).toEqual([
      { kind: "amount", value: 284, unit: "亿元", qualifier: "exact", text: "当年计划投资284亿元", actual: null, ratio: null, status: "on-schedule" },
    ]);
    const withResult = handBuilt({ id: "4", title: "当年计划投资284亿元", target: { value: 284 }, actual: 241.4, ratio: 0.85, status: "on-schedule" });
    expect(evaluationReportJson(withResult).targets[0]).toMatchObject({ actual: 241.4, ratio: 0.85, status: "on-schedule" });
  });
});
