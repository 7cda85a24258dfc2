import { reportPartForTarget } from "../../../src/domain/progress/reportPartForTarget";
import { parseTargets } from "../../../src/domain/targets/parseTargets";

describe("reportPartForTarget", () => {
  // 001: “完成棚户区改造5702户，回迁安置3000户，发放租赁补贴7000户”
  const housing = parseTargets("完成棚户区改造5702户，回迁安置3000户，发放租赁补贴7000户");

  it("picks the clause naming the target's subject among figures of one unit", () => {
    const text = "1-10月完成棚户区改造5000户，回迁安置2100户；发放租赁补贴6300户。";
    expect(housing.map((target) => reportPartForTarget(text, target, housing))).toEqual([
      { text: "1-10月完成棚户区改造5000户", matched: true },
      { text: "回迁安置2100户", matched: true },
      { text: "发放租赁补贴6300户", matched: true },
    ]);
  });

  it("leaves out clauses that name another target; nothing left is unmatched and empty", () => {
    expect(reportPartForTarget("完成棚户区改造5000户，发放租赁补贴6300户", housing[1], housing)).toEqual({ text: "", matched: false });
  });

  it("keeps a clause in a wrong unit for the target (so a mismatch can be reported), unmatched", () => {
    expect(reportPartForTarget("完成棚户区改造5000户，回迁安置6800人", housing[1], housing)).toEqual({ text: "回迁安置6800人", matched: false });
  });

  it("002: the growth target takes the clause with a percentage though only the amount's clause names 工业投资", () => {
    // 002: “全省努力完成工业投资 1700 亿元,比上年实际投资增长 40%以上”
    const investment = parseTargets("全省努力完成工业投资1700亿元，比上年实际投资增长40%以上");
    const text = "1-10月全省完成工业投资1438.6亿元，同比增长36.5%";
    expect(reportPartForTarget(text, investment[0], investment)).toEqual({ text: "1-10月全省完成工业投资1438.6亿元", matched: true });
    expect(reportPartForTarget(text, investment[1], investment)).toEqual({ text: "同比增长36.5%", matched: true });
  });

  it("reads a clause without a figure with the next one (外贸出口方面，…)", () => {
    const trade = parseTargets("社会消费品零售总额增长5%，外贸出口增长5%");
    const text = "社会消费品零售总额同比增长6.1%；外贸出口方面，1-10月同比增长3.2%";
    expect(reportPartForTarget(text, trade[1], trade)).toEqual({ text: "外贸出口方面，1-10月同比增长3.2%", matched: true });
    expect(reportPartForTarget(text, trade[0], trade)).toEqual({ text: "社会消费品零售总额同比增长6.1%", matched: true });
  });

  it("without the subject, prefers the clause sharing most characters with it", () => {
    // 002: “组织推广一批…工业节能降耗项目 30项,总投资 27 亿元,当年计划投资 20 亿元”
    const saving = parseTargets("组织推广工业节能降耗项目30项，当年计划投资20亿元");
    const text = "已实施节能降耗项目22项，新增产能3亿元，完成投资14.5亿元";
    expect(reportPartForTarget(text, saving[0], saving)).toEqual({ text: "已实施节能降耗项目22项", matched: true });
    expect(reportPartForTarget(text, saving[1], saving)).toEqual({ text: "完成投资14.5亿元", matched: true });
  });
});
