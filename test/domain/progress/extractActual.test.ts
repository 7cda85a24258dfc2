import fc from "fast-check";
import { extractActual } from "../../../src/domain/progress/extractActual";
import { readMilestoneState } from "../../../src/domain/progress/readMilestoneState";
import { parseTargets } from "../../../src/domain/targets/parseTargets";

const first = (text: string) => parseTargets(text)[0];

describe("extractActual", () => {
  it("picks the amount in the target's unit, not the count before it", () => {
    expect(extractActual("全省8个在建铁路项目共完成投资126.6亿元", first("完成投资148.8亿元"))).toEqual({
      value: 126.6,
      unit: "亿元",
      source: "text",
      phrase: "126.6亿元",
    });
  });

  it("returns the stated share of the plan for a cross-check", () => {
    expect(extractActual("1-10月完成投资126.6亿元，完成年计划的85.1%", first("完成投资148.8亿元"))).toEqual({
      value: 126.6,
      unit: "亿元",
      source: "text",
      phrase: "126.6亿元",
      reportedRatio: 0.851,
      stated: { ratio: 0.851, phrase: "完成年计划的85.1%", of: null, form: "share", decimals: 1 },
    });
  });

  it("takes the report's own ratio when it gives no figure of the target's unit (real circulars)", () => {
    // 萧县9月份民生工程进展情况: 6个老旧小区改造, 正在施工中(90%).
    expect(extractActual("正在施工中(90%)", first("6个"))).toMatchObject({ value: 5.4, unit: "个", source: "ratio", reportedRatio: 0.9 });
    // 长春市国资委: a 开工率 is no 投资完成率.
    expect(extractActual("开、复工率79%", first("完成投资130亿元"))).toEqual({ problem: "no-figure" });
    expect(extractActual("开、复工率79%", first("开、复工项目66项"))).toMatchObject({ source: "ratio", reportedRatio: 0.79 });
    expect(extractActual("开工率为 98.4%", first("124个"), undefined, { title: "124个新建项目开工" })).toMatchObject({ source: "ratio", reportedRatio: expect.closeTo(0.984, 6) });
  });

  it("reads a text that is one bare figure in the target's unit, and never the plan repeated", () => {
    // 眉山市2019年民生工程完成情况表: 进度 52242 against 城镇新增就业(人) 27800.
    expect(extractActual("52242", first("27800人"))).toMatchObject({ value: 52242, unit: "人", source: "value" });
    expect(extractActual("1.4386E+11", first("完成投资1500亿元"))).toMatchObject({ source: "value" });
    // 安庆市: 实际利用外资15150万美元,完成市政府下达19500万美元目标任务的77.69%.
    expect(extractActual("今年1-9月份,我市实际利用外资15150万美元,完成市政府下达19500万美元目标任务的77.69%", first("市政府下达19500万美元目标任务"))).toMatchObject({
      value: 15150,
      unit: "万美元",
      reportedRatio: expect.closeTo(0.7769, 6),
    });
  });

  it("converts 万元 to 亿元", () => {
    const reading = extractActual("1-10月完成工业投资14,467,000万元", first("完成工业投资1700亿元"));
    expect(reading).toMatchObject({ unit: "亿元", source: "text" });
    expect("value" in reading && reading.value).toBeCloseTo(1446.7, 6);
  });

  it("prefers the completed figure to the planned one", () => {
    expect(extractActual("计划总投资798亿元，当年完成投资241.4亿元", first("当年计划投资284亿元"))).toMatchObject({ value: 241.4 });
  });

  it("reads growth after 增长, a fall as negative growth, and a reduction after 下降", () => {
    const growth = first("地区生产总值增长6%左右");
    expect(extractActual("1-11月地区生产总值同比增长5.2%", growth)).toMatchObject({ value: 5.2, unit: "%" });
    expect(extractActual("同比下降1.5%", growth)).toMatchObject({ value: -1.5 });
    expect(extractActual("完成年计划的85.1%", growth)).toEqual({ problem: "no-figure" });
    const reduction = first("单位GDP能耗下降2%以上");
    expect(extractActual("单位GDP能耗同比下降1.2%", reduction)).toMatchObject({ value: 1.2 });
    expect(extractActual("单位GDP能耗同比上升0.4%", reduction)).toMatchObject({ value: -0.4 });
  });

  it("reads a level after 达到 and not a growth rate beside it", () => {
    const level = first("城乡三项基本医疗保险参保率达到92％");
    expect(extractActual("参保人数增长3.2%，参保率达到91.5%", level)).toMatchObject({ value: 91.5, unit: "%" });
    expect(extractActual("城镇登记失业率为3.9%", first("城镇登记失业率控制在4.5%以内"))).toMatchObject({ value: 3.9 });
  });

  it("takes a value column first; a value without a unit is in the target's unit", () => {
    const target = first("完成工业投资1700亿元");
    expect(extractActual("见附表", target, { value: 14_467_000, unit: "万元" })).toMatchObject({ value: 1446.7, source: "value" });
    expect(extractActual("", target, { value: 1446.7 })).toMatchObject({ value: 1446.7, unit: "亿元" });
  });

  it("reports a unit that cannot be converted, never guessing", () => {
    const target = first("完成工业投资1700亿元");
    expect(extractActual("", target, { value: 8, unit: "个" })).toEqual({
      problem: "unit-mismatch",
      found: { value: 8, unit: "个" },
      expectedUnit: "亿元",
      phrase: "8个",
    });
    expect(extractActual("已开工项目182个", first("工业大项目200项"))).toMatchObject({
      problem: "unit-mismatch",
      found: { value: 182, unit: "个" },
      expectedUnit: "项",
    });
  });

  it("derives an amount from the stated share when there is no figure", () => {
    const reading = extractActual("1-10月完成年计划的85.1%", first("当年计划投资284亿元"));
    expect(reading).toMatchObject({ source: "ratio", unit: "亿元", reportedRatio: 0.851 });
    expect("value" in reading && reading.value).toBeCloseTo(241.684, 6);
  });

  it("finds no figure in a text without one, and none for a milestone", () => {
    expect(extractActual("正在推进", first("完成工业投资1700亿元"))).toEqual({ problem: "no-figure" });
    expect(extractActual("已完成", first("建成全市共享教育数据中心"))).toEqual({ problem: "no-figure" });
  });
});

describe("extractActual and readMilestoneState on arbitrary text", () => {
  it("never throw", () => {
    const targets = parseTargets("完成工业投资1700亿元，比上年增长40%以上，失业率控制在4.5%以内，能耗降低16%，参保率达到92%");
    const alphabet = fc.constantFrom(..."0123456789１２.,，%％-－一二十百千万亿完成增长下降达到为已未启动推进计划的年月个亿元万人");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })), (text) => {
        for (const target of targets) {
          const reading = extractActual(text, target);
          if ("value" in reading) expect(Number.isNaN(reading.value)).toBe(false);
        }
        expect([null, "done", "in-progress", "not-started"]).toContain(readMilestoneState(text));
      }),
      { numRuns: 1000 },
    );
  });
});
