import fc from "fast-check";
import { parseTargets } from "../../../src/domain/targets/parseTargets";

const shape = (text: string, options?: Parameters<typeof parseTargets>[1]) =>
  parseTargets(text, options).map((t) => [t.kind, t.value, t.unit, t.qualifier, t.subject]);

describe("parseTargets", () => {
  it("reads the amounts and counts of the industrial project year (002)", () => {
    expect(shape("全省努力完成工业投资 1700 亿元,比上年实际投资增长 40%以上。")).toEqual([
      ["amount", 1700, "亿元", "exact", "工业投资"],
      ["growth", 40, "%", "at-least", "工业投资"],
    ]);
    expect(shape("投资在亿元以上的工业大项目 200 个,计划总投资 798 亿元,当年计划投资 284 亿元")).toEqual([
      ["amount", 200, "个", "exact", "工业大项目"],
      ["amount", 798, "亿元", "exact", "计划总投资"],
      ["amount", 284, "亿元", "exact", "计划投资"],
    ]);
  });

  it("reads the expected targets of the work report (001)", () => {
    const targets = parseTargets(
      "主要预期目标是：地区生产总值增长6%左右，地方级财政收入可比增长5%，城镇和农村常住居民人均可支配收入与经济增长保持同步，城镇新增就业7万人，城镇登记失业率控制在4.5%以内，单位GDP能耗下降2%以上。",
    );
    expect(targets.map((t) => [t.kind, t.value, t.unit, t.qualifier, t.subject])).toEqual([
      ["growth", 6, "%", "about", "地区生产总值"],
      ["growth", 5, "%", "exact", "地方级财政收入"],
      ["amount", 7, "万人", "exact", "城镇新增就业"],
      ["cap", 4.5, "%", "at-most", "城镇登记失业率"],
      ["reduction", 2, "%", "at-least", "单位GDP能耗"],
    ]);
    expect(targets.map((t) => t.text)).toEqual([
      "地区生产总值增长6%左右",
      "地方级财政收入可比增长5%",
      "城镇新增就业7万人",
      "城镇登记失业率控制在4.5%以内",
      "单位GDP能耗下降2%以上",
    ]);
    expect(shape("完成棚户区改造5702户")).toEqual([["amount", 5702, "户", "exact", "棚户区改造"]]);
  });

  it("reads the division's targets (003)", () => {
    expect(shape("单位地区生产总值能源消耗降低16％。 （省发展改革委牵头）")).toEqual([
      ["reduction", 16, "%", "exact", "单位地区生产总值能源消耗"],
    ]);
    expect(shape("全省总人口控制在2787万人以内。（省人口计生委牵头）")).toEqual([["cap", 2787, "万人", "at-most", "全省总人口"]]);
    expect(shape("城乡三项基本医疗保险参保率达到92％。")).toEqual([["level", 92, "%", "exact", "城乡三项基本医疗保险参保率"]]);
    expect(shape("森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米。")).toEqual([
      ["level", 44.2, "%", "exact", "森林覆盖率"],
      ["level", 9.6, "亿立方米", "exact", "森林蓄积量"],
    ]);
    const [housing] = parseTargets("城镇保障性安居工程建设5年累计新增63.27万套。（省住房城乡建设厅牵头）");
    expect(housing).toEqual({
      kind: "cumulative",
      value: 63.27,
      unit: "万套",
      qualifier: "exact",
      subject: "城镇保障性安居工程建设",
      text: "城镇保障性安居工程建设5年累计新增63.27万套",
      years: 5,
    });
  });

  it("reads a floor to hold as a level at least (耕地保有量保持在553万公顷, 稳定在6850万亩以上)", () => {
    expect(shape("耕地保有量保持在553万公顷。（省国土资源厅牵头）")).toEqual([["level", 553, "万公顷", "at-least", "耕地保有量"]]);
    expect(shape("新增耕地面积275万亩，粮食播种面积稳定在6850万亩以上。")).toEqual([
      ["amount", 275, "万亩", "exact", "新增耕地面积"],
      ["level", 6850, "万亩", "at-least", "粮食播种面积"],
    ]);
  });

  it("gives several targets for several figures, each with subject and phrase", () => {
    expect(shape("社会消费品零售总额增长5%，外贸出口增长5%")).toEqual([
      ["growth", 5, "%", "exact", "社会消费品零售总额"],
      ["growth", 5, "%", "exact", "外贸出口"],
    ]);
    const pollutants = parseTargets("化学需氧量排放减少8.8％，二氧化硫排放减少2.7％，氨氮排放减少10.5％，氮氧化物排放减少6.9％。（省环保厅牵头）");
    expect(pollutants.map((t) => [t.kind, t.value, t.subject, t.text])).toEqual([
      ["reduction", 8.8, "化学需氧量排放", "化学需氧量排放减少8.8％"],
      ["reduction", 2.7, "二氧化硫排放", "二氧化硫排放减少2.7％"],
      ["reduction", 10.5, "氨氮排放", "氨氮排放减少10.5％"],
      ["reduction", 6.9, "氮氧化物排放", "氮氧化物排放减少6.9％"],
    ]);
    expect(shape("城镇和农村常住居民人均可支配收入分别达到27180元、12960元")).toEqual([
      ["level", 27180, "元", "exact", "城镇和农村常住居民人均可支配收入"],
      ["level", 12960, "元", "exact", "城镇和农村常住居民人均可支配收入"],
    ]);
  });

  it("reads levels raised to, and growth in percentage points", () => {
    expect(shape("驻吉高校毕业生本地就业率提高到15%以上")).toEqual([["level", 15, "%", "at-least", "驻吉高校毕业生本地就业率"]]);
    expect(shape("税收占地方级财政收入比重提高10.5个百分点")).toEqual([
      ["growth", 10.5, "个百分点", "exact", "税收占地方级财政收入比重"],
    ]);
    expect(shape("规模工业增加值增长4%左右")).toEqual([["growth", 4, "%", "about", "规模工业增加值"]]);
  });

  it("reads a text with no figure as one milestone", () => {
    expect(parseTargets("完成“三供一业”分离移交和市属国有企业公司制改革任务。")).toEqual([
      {
        kind: "milestone",
        value: null,
        unit: "",
        qualifier: "exact",
        subject: "完成“三供一业”分离移交和市属国有企业公司制改革任务",
        text: "完成“三供一业”分离移交和市属国有企业公司制改革任务",
      },
    ]);
    expect(shape("建成全市共享教育数据中心")).toEqual([["milestone", null, "", "exact", "建成全市共享教育数据中心"]]);
    expect(shape("落实“六个精准”要求，推进农村集体产权改革")).toEqual([
      ["milestone", null, "", "exact", "落实“六个精准”要求，推进农村集体产权改革"],
    ]);
  });

  it("gives no target for an empty or placeholder text", () => {
    expect(parseTargets("")).toEqual([]);
    expect(parseTargets("无")).toEqual([]);
    expect(parseTargets(" — ")).toEqual([]);
  });

  it("reads a bare figure from a target column with a unit column", () => {
    expect(parseTargets("完成工业投资", { value: 1700, unit: "亿元" })).toEqual([
      { kind: "amount", value: 1700, unit: "亿元", qualifier: "exact", subject: "工业投资", text: "完成工业投资 1700亿元" },
    ]);
    expect(shape("城镇登记失业率控制在", { value: "4.5", unit: "%" })).toEqual([["cap", 4.5, "%", "at-most", "城镇登记失业率"]]);
    expect(shape("单位GDP能耗下降", { value: "２", unit: "％" })).toEqual([["reduction", 2, "%", "exact", "单位GDP能耗"]]);
    expect(shape("工业大项目", { value: "200个" })).toEqual([["amount", 200, "个", "exact", "工业大项目"]]);
    expect(shape("地区生产总值", { value: "增长6%左右" })).toEqual([["growth", 6, "%", "about", "地区生产总值"]]);
    // the column's figure wins over one in the text, in the column's unit
    expect(shape("完成工业投资1700亿元", { value: "1,700,000", unit: "（万元）" })).toEqual([
      ["amount", 1_700_000, "万元", "exact", "工业投资"],
    ]);
  });

  it("reads a bare figure against the task's title, its unit from the title's brackets (real circulars)", () => {
    // 眉山市2019年民生工程完成情况表: the unit is printed only in the indicator's name.
    expect(shape("27800", { title: "城镇新增就业(人)" })).toEqual([["amount", 27800, "人", "exact", "城镇新增就业"]]);
    expect(shape("4.3", { title: "城镇登记失业率低于(%)" })).toEqual([["cap", 4.3, "%", "at-most", "城镇登记失业率"]]);
    // 岳阳市1-11月重点民生实事: the noun is only in the title.
    expect(shape("869", { title: "减少义务教育大班额1.4万个以上" }).map((t) => [t[0], t[1], t[2]])).toEqual([["amount", 869, ""]]);
    expect(shape("1,379", { title: "推行“一村一辅警”" }).map((t) => [t[0], t[1], t[2]])).toEqual([["amount", 1379, ""]]);
    // A target that is a phrase is read as before, the title aside.
    expect(shape("8950人", { title: "新增城镇就业" })).toEqual([["amount", 8950, "人", "exact", "新增城镇就业"]]);
    expect(shape("完成工业投资1700亿元", { title: "全省努力完成工业投资" })).toEqual([["amount", 1700, "亿元", "exact", "工业投资"]]);
  });

  it("reads currencies, compound units, ranges and counted nouns as departments write targets", () => {
    // 安庆市1-9月份实际利用外资: 市政府下达19500万美元目标任务.
    expect(shape("市政府下达19500万美元目标任务").map((t) => [t[0], t[1], t[2]])).toEqual([["amount", 19500, "万美元"]]);
    expect(shape("实际利用外资7亿美元")).toEqual([["amount", 7, "亿美元", "exact", "实际利用外资"]]);
    expect(shape("地区生产总值增长6%-6.5%")).toEqual([["growth", 6, "%", "at-least", "地区生产总值"]]);
    expect(shape("地区生产总值增长6～6.5%")).toEqual([["growth", 6, "%", "at-least", "地区生产总值"]]);
    // 2026年《政府工作报告》(新华社 3月13日): 经济增长4.5%-5%.
    expect(shape("经济增长4.5%-5%")).toEqual([["growth", 4.5, "%", "at-least", "经济"]]);
    expect(shape("减少农村贫困人口1000万以上")).toEqual([["amount", 1000, "万人", "at-least", "减少农村贫困人口"]]);
    expect(shape("完成土石方120万方，新增装机容量50万千瓦").map((t) => [t[1], t[2]])).toEqual([[120, "万立方米"], [50, "万千瓦"]]);
    expect(shape("投资完成率达到50%")).toEqual([["level", 50, "%", "exact", "投资完成率"]]);
  });

  it("reads a floor on a standard as a level to reach (岳阳楼区: 标准不低于3480元/年)", () => {
    expect(shape("标准不低于3480元/年,人均救助水平不低于185元/月")).toEqual([
      ["level", 3480, "元", "at-least", "标准"],
      ["level", 185, "元", "at-least", "人均救助水平"],
    ]);
    expect(shape("新增就业不少于7万人")).toEqual([["amount", 7, "万人", "at-least", "新增就业"]]);
  });

  it("never throws, and gives well-formed targets", () => {
    const alphabet = fc.constantFrom(..."0123456789０１２３４５６７８９.,，、；。%％-－一二两十百千万亿达到增长降低控制在以内以上左右累计年个项万元人亩套户完成建成出台（）牵头“”");
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })),
        fc.option(fc.oneof(fc.double(), fc.string({ unit: alphabet, maxLength: 8 })), { nil: undefined }),
        (text, value) => {
          for (const target of parseTargets(text, { value, unit: "亿元" })) {
            expect(["amount", "level", "cap", "growth", "reduction", "cumulative", "milestone"]).toContain(target.kind);
            expect(target.kind === "milestone" ? target.value === null : Number.isFinite(target.value)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
