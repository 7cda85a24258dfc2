import fc from "fast-check";
import { findNumbers } from "../../../src/domain/numbers/findNumbers";

const brief = (text: string) => findNumbers(text).map((m) => [m.value, m.unit]);

describe("findNumbers", () => {
  it("finds the count and the amount in a progress sentence, with positions", () => {
    const text = "全省8个在建铁路项目共完成投资126.6亿元";
    const mentions = findNumbers(text);
    expect(brief(text)).toEqual([[8, "个"], [126.6, "亿元"]]);
    expect(text.slice(mentions[1].start, mentions[1].end)).toBe("126.6亿元");
    expect(mentions[1].text).toBe("126.6亿元");
    expect(mentions[1].numeral).toBe("126.6");
  });

  it("reads full-width digits, signs and percent", () => {
    expect(brief("１-１０月完成投资１２６．６亿元，完成年计划的８５．１％")).toEqual([
      [1, ""],
      [10, "月"],
      [126.6, "亿元"],
      [85.1, "%"],
    ]);
    expect(brief("同比增长－３.５％")).toEqual([[-3.5, "%"]]);
  });

  it("reads thousands separators, half- and full-width", () => {
    expect(brief("完成工业投资1,700亿元")).toEqual([[1700, "亿元"]]);
    expect(brief("完成工业投资1，700亿元，增长40%")).toEqual([[1700, "亿元"], [40, "%"]]);
    expect(brief("全省总人口27,494,000人")).toEqual([[27_494_000, "人"]]);
  });

  it("keeps 万 in the unit when it is part of one, and multiplies otherwise", () => {
    expect(brief("新增就业1.2万人")).toEqual([[1.2, "万人"]]);
    expect(brief("完成42个贫困村和1万贫困人口脱贫")).toEqual([[42, "个"], [1, "万人"]]);
    expect(brief("开工项目1.2万")).toEqual([[12_000, ""]]);
    expect(brief("1.2万")).toEqual([[12_000, ""]]);
    expect(brief("三千五百万")).toEqual([[35_000_000, ""]]);
    expect(brief("三千五百万元")).toEqual([[3500, "万元"]]);
    expect(brief("力争旅游收入突破千亿元")).toEqual([[1000, "亿元"]]);
    expect(brief("城镇保障性安居工程建设5年累计新增63.27万套")).toEqual([[5, "年"], [63.27, "万套"]]);
  });

  it("reads Chinese numerals and leaves words and ordinals alone", () => {
    expect(brief("二十五个、两千人、一百零五项、十二条")).toEqual([[25, "个"], [2000, "人"], [105, "项"], [12, "条"]]);
    expect(brief("组织推动一批项目，万众创新，千方百计")).toEqual([]);
    expect(brief("在吉林市第十六届人民代表大会第三次会议上")).toEqual([]);
    expect(brief("百分之八十")).toEqual([[80, "%"]]);
  });

  it("reads approximation words before and after", () => {
    const read = (text: string) => findNumbers(text).map((m) => [m.value, m.approximation, m.qualifier]);
    expect(read("地区生产总值增长6%左右")).toEqual([[6, "左右", "about"]]);
    expect(read("城镇登记失业率控制在4.5%以内")).toEqual([[4.5, "以内", "at-most"]]);
    expect(read("比上年实际投资增长40%以上")).toEqual([[40, "以上", "at-least"]]);
    expect(read("争取到各类资金近8亿元")).toEqual([[8, "近", "about"]]);
    expect(read("约8亿元")).toEqual([[8, "约", "about"]]);
    expect(read("超过40%")).toEqual([[40, "超过", "at-least"]]);
    expect(read("累计转移安置群众50余万人次")).toEqual([[50, "余", "at-least"]]);
    expect(findNumbers("约8亿元")[0].text).toBe("约8亿元");
    expect(findNumbers("最近3个月")[0].approximation).toBeNull();
  });

  it("reads scientific notation as Excel exports large figures", () => {
    expect(brief("1.4386E+11元")).toEqual([[1.4386e11, "元"]]);
    expect(brief("1.4386E+11")).toEqual([[1.4386e11, ""]]);
    expect(brief("完成投资2.5e-3亿元")).toEqual([[0.0025, "亿元"]]);
    expect(brief("型号E11的设备3台")).toEqual([[11, ""], [3, "台"]]);
  });

  it("reads thousands separated by spaces, thin spaces and full-width commas", () => {
    expect(brief("1 438.6亿元")).toEqual([[1438.6, "亿元"]]);
    expect(brief("1\u2009438.6亿元")).toEqual([[1438.6, "亿元"]]);
    expect(brief("完成1，438.6亿元")).toEqual([[1438.6, "亿元"]]);
    expect(brief("全省总人口27 494 000人")).toEqual([[27_494_000, "人"]]);
    expect(brief("全省努力完成工业投资 1700 亿元")).toEqual([[1700, "亿元"]]);
  });

  it("reads a range as its lower bound, keeping the upper one (增长6%-6.5%)", () => {
    const range = findNumbers("地区生产总值增长6%-6.5%");
    expect(range).toHaveLength(1);
    expect(range[0]).toMatchObject({ value: 6, unit: "%", upper: 6.5, qualifier: "at-least", text: "6%-6.5%" });
    expect(findNumbers("增长6～6.5%")[0]).toMatchObject({ value: 6, unit: "%", upper: 6.5 });
    expect(findNumbers("增长6%—6.5%左右")[0]).toMatchObject({ value: 6, upper: 6.5, qualifier: "about" });
    expect(findNumbers("新增就业12至15万人")[0]).toMatchObject({ value: 12, unit: "万人", upper: 15 });
    expect(brief("1-10月完成投资126.6亿元")).toEqual([[1, ""], [10, "月"], [126.6, "亿元"]]);
    expect(brief("已为7516-9岁学龄儿童")).toEqual([[7516, ""], [9, ""]]);
  });

  it("reads shares in words: 八成, 三分之二, 过半, 百分之八十", () => {
    const read = (text: string) => findNumbers(text).map((m) => [Math.round(m.value * 100) / 100, m.unit, m.qualifier]);
    expect(read("主体工程完成八成以上")).toEqual([[80, "%", "at-least"]]);
    expect(read("完成8成")).toEqual([[80, "%", "exact"]]);
    expect(read("三分之二的县（市、区）达标")).toEqual([[66.67, "%", "exact"]]);
    expect(read("全年投资完成过半")).toEqual([[50, "%", "at-least"]]);
    expect(read("千分之五")).toEqual([[0.5, "%", "exact"]]);
    expect(read("百分之八十")).toEqual([[80, "%", "exact"]]);
    expect(read("一成不变，成立专班，建成投产")).toEqual([]);
  });

  it("takes the unit of a bare 万/亿 from the noun next to it (减少农村贫困人口1000万以上)", () => {
    const [poor] = findNumbers("减少农村贫困人口1000万以上");
    expect(poor).toMatchObject({ value: 1000, unit: "万人", unitFromNoun: "贫困人口", qualifier: "at-least" });
    expect(brief("全年完成投资1.2亿")).toEqual([[1.2, "亿元"]]);
    expect(brief("利用外资1.5亿")).toEqual([[150_000_000, ""]]);
  });

  it("reads currencies and compound units as units", () => {
    expect(brief("市政府下达19500万美元目标任务")).toEqual([[19500, "万美元"]]);
    expect(brief("实际到资3.73亿美元")).toEqual([[3.73, "亿美元"]]);
    expect(brief("完成土石方120万方，新增装机50万千瓦，建成高标准农田3.2万亩，盘活1200标准亩，粮食产量30千公顷")).toEqual([
      [120, "万立方米"], [50, "万千瓦"], [3.2, "万亩"], [1200, "标准亩"], [30, "千公顷"],
    ]);
  });

  it("marks percentage points", () => {
    const [points] = findNumbers("税收占地方级财政收入比重提高10.5个百分点");
    expect(points).toMatchObject({ value: 10.5, unit: "个百分点", percentagePoints: true });
    expect(findNumbers("增长10.5%")[0].percentagePoints).toBe(false);
  });

  it("reads a number and its unit across the spaces of a converted PDF (002)", () => {
    expect(brief("全省努力完成工业投资 1700 亿元,比上年实际投资增长 40%以上")).toEqual([[1700, "亿元"], [40, "%"]]);
  });

  it("never throws and keeps positions inside the text", () => {
    const alphabet = fc.constantFrom(..."0123456789０１２３４５６７８９.,，%％-－+一二两十百千万亿零○点第约近超过以上左右内个项万元人亩套户 月年");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })), (text) => {
        for (const mention of findNumbers(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.start).toBeLessThan(mention.end);
          expect(Number.isNaN(mention.value)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a text asked for again the same, whatever was asked in between (texts sharing a place in the memory included)", () => {
    // Targets as task tables write them: many alike in length and characters, some asked for again and again.
    const texts = Array.from({ length: 12000 }, (_, index) => `完成投资${index % 5000}亿元，增长${index % 97}%`);
    const first = texts.map((text) => JSON.stringify(findNumbers(text)));
    const again = texts
      .map((text, index) => ({ text, index }))
      .reverse()
      .map(({ text, index }) => JSON.stringify(findNumbers(text)) === first[index]);
    expect(again.every(Boolean)).toBe(true);
    expect(JSON.parse(first[4321])).toEqual([expect.objectContaining({ value: 4321, unit: "亿元" }), expect.objectContaining({ value: 53, unit: "%" })]);
    // Asked for twice, a text's mentions are kept: the same read-only list is handed out.
    findNumbers("全省8个在建铁路项目共完成投资126.6亿元");
    expect(findNumbers("全省8个在建铁路项目共完成投资126.6亿元")).toBe(findNumbers("全省8个在建铁路项目共完成投资126.6亿元"));
  });
});
