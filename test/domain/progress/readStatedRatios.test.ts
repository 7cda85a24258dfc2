import { readStatedRatios } from "../../../src/domain/progress/readStatedRatios";

const brief = (text: string) => readStatedRatios(text).map((s) => [Math.round(s.ratio * 10000) / 10000, s.of, s.form, s.phrase]);

describe("readStatedRatios (phrasings of real circulars, test/fixtures/corpus/progress)", () => {
  it("reads shares of the plan, whatever stands between 完成 and 计划", () => {
    // 长春市国资委 2016; 汉中市 2018; 安庆市 2009; 连云港市 2019; 岳阳市 2019
    expect(brief("完成投资90.5亿元,比上年同期增长16%,完成年度投资计划的69%")).toEqual([[0.69, null, "share", "完成年度投资计划的69%"]]);
    expect(brief("133个续建项目完成投资454.31亿元,占年度计划的75%")).toEqual([[0.75, null, "share", "占年度计划的75%"]]);
    expect(brief("完成市政府下达19500万美元目标任务的77.69%,超序时进度2.69个百分点")).toEqual([
      [0.7769, null, "share", "完成市政府下达19500万美元目标任务的77.69%"],
    ]);
    expect(brief("实际到资3.73亿美元,完成年度目标的53.3%,低于目标21.7个百分点。")).toEqual([[0.533, null, "share", "完成年度目标的53.3%"]]);
    expect(brief("已完成数7.23万人，占年任务之比139.1%")).toEqual([[1.391, null, "share", "占年任务之比139.1%"]]);
    expect(brief("完成年度任务的80%")).toEqual([[0.8, null, "share", "完成年度任务的80%"]]);
    expect(brief("已完成12项，占比100%")).toEqual([[1, null, "share", "占比100%"]]);
  });

  it("reads named rates with the work they count (a 开工率 is no 投资完成率)", () => {
    expect(brief("124个新建项目已开工122个,开工率为 98.4%")).toEqual([[0.984, "开工", "rate", "开工率为 98.4%"]]);
    expect(brief("前三季度,各出资企业开、复工项目52项,开、复工率79%")).toEqual([[0.79, "开复工", "rate", "开、复工率79%"]]);
    expect(brief("1-12月份完成投资28.78亿元,投资完成率151.47%。")).toEqual([[1.5147, "投资", "rate", "投资完成率151.47%"]]);
    expect(brief("2539名,完成率100.27%")).toEqual([[1.0027, null, "rate", "完成率100.27%"]]);
    expect(readStatedRatios("2539名,完成率100.27%")[0].decimals).toBe(2);
    // The printed precision counts full-width digits too: ８５．１％ is to a tenth, 53% to a whole point.
    expect(readStatedRatios("完成年度计划的８５．１％")[0].decimals).toBe(1);
    expect(readStatedRatios("完成年度计划的53%，开工率为98.40%").map((ratio) => ratio.decimals)).toEqual([0, 2]);
    expect(brief("任务完成率133%")).toEqual([[1.33, null, "rate", "任务完成率133%"]]);
  });

  it("reads a department's bare percentage as its own estimate", () => {
    // 萧县 2025; 岳阳楼区 2019
    expect(brief("正在施工中(93%)")).toEqual([[0.93, null, "bare", "(93%)"]]);
    expect(brief("已完成8个(53%)")).toEqual([[0.53, null, "bare", "(53%)"]]);
    expect(brief("98%")).toEqual([[0.98, null, "bare", "98%"]]);
    expect(brief("主体工程已完工（90%）")).toEqual([[0.9, null, "bare", "（90%）"]]);
  });

  it("leaves growth, shares of a total and percentage points alone", () => {
    expect(readStatedRatios("比上年同期增长16.18%")).toEqual([]);
    expect(readStatedRatios("增长6.1%,低于目标0.9个百分点。")).toEqual([]);
    expect(readStatedRatios("外资占总额的69%")).toEqual([]);
    expect(readStatedRatios("第三产业增加值占比45%")).toEqual([]);
    expect(readStatedRatios("室内装修已完成60%")).toEqual([]);
    expect(readStatedRatios("")).toEqual([]);
  });
});
