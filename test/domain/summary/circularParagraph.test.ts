import { circularParagraph } from "../../../src/domain/summary/circularParagraph";
import { isQuantitative } from "../../../src/domain/summary/isQuantitative";
import { percentText } from "../../../src/domain/summary/percentText";
import { reachesExpectedProgress } from "../../../src/domain/summary/reachesExpectedProgress";
import { shortTaskName } from "../../../src/domain/summary/shortTaskName";
import type { TaskStatus } from "../../../src/domain/evaluation";
import { STATUS_PRECEDENCE } from "../../../src/domain/evaluation";
import { AS_OF, evaluation } from "../ledger/evaluationFixtures";

/** The eleven tasks behind schedule, quoted from the division document (003) with their lead departments. */
const BEHIND: { title: string; leads: string[]; status: TaskStatus; joint?: boolean }[] = [
  { title: "单位工业增加值用水量降低30％。", leads: ["省水利厅", "省发展改革委", "省工业信息化厅", "省住房城乡建设厅"], status: "lagging", joint: true },
  { title: "非化石能源占一次能源消费比重达到9.8％。", leads: ["省能源局"], status: "lagging" },
  { title: "单位地区生产总值能源消耗降低16％。", leads: ["省发展改革委"], status: "lagging-badly" },
  { title: "单位地区生产总值二氧化碳排放降低17％。", leads: ["省发展改革委"], status: "lagging" },
  { title: "化学需氧量排放减少8.8％，二氧化硫排放减少2.7％。", leads: ["省环保厅"], status: "overdue" },
  { title: "森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米。", leads: ["省林业厅"], status: "lagging" },
  { title: "城镇参加基本养老保险人数达到650万人。", leads: ["省人力资源社会保障厅"], status: "no-report" },
  { title: "城镇保障性安居工程建设5年累计新增63.27万套。", leads: ["省住房城乡建设厅"], status: "lagging-badly" },
  { title: "九年义务教育巩固率达到99％。", leads: ["省教育厅"], status: "lagging" },
  { title: "改造2000万亩中低产田。", leads: ["省发展改革委"], status: "lagging" },
  { title: "新增节水灌溉面积1000万亩。", leads: ["省水利厅"], status: "overdue" },
];
const REACHING: TaskStatus[] = ["done", "on-schedule", "due-soon"];

/** 55 quantitative tasks (44 reaching, 11 behind, interleaved) and two milestone tasks that a circular on 量化指标 leaves out. */
function circular55() {
  const list = [];
  let behind = 0;
  for (let i = 0; i < 55; i++) {
    const id = String(i + 1);
    if (i % 5 === 4 && behind < BEHIND.length) {
      const spec = BEHIND[behind++];
      list.push(
        evaluation({
          id,
          title: spec.title,
          leads: spec.joint ? [] : spec.leads,
          supporting: spec.joint ? spec.leads : [],
          responsibility: spec.joint ? "joint" : "lead",
          ratio: spec.status === "no-report" ? null : 0.5,
          status: spec.status,
        }),
      );
    } else {
      list.push(evaluation({ id, title: `量化指标任务${id}`, ratio: 0.9, status: REACHING[i % 3] }));
    }
  }
  list.push(evaluation({ id: "56", title: "推进国资国企改革。", target: { kind: "milestone", value: null, unit: "" }, status: "lagging" }));
  list.push(evaluation({ id: "57", title: "出台促进民营经济发展的意见。", target: null, status: "overdue" }));
  return list;
}

describe("circularParagraph", () => {
  it("writes the 55 / 44 / 11 circular in its own wording: the 10 tasks behind with their lead departments, the one without a report in a sentence of its own", () => {
    expect(circularParagraph(circular55(), { asOf: AS_OF })).toBe(
      "截至10月末，列入本次通报的量化指标任务共55项，达到序时进度44项、占比80.0%；未达到序时进度10项、占比18.2%，分别为：" +
        "单位工业增加值用水量降低30％（责任单位：省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅）、" +
        "非化石能源占一次能源消费比重达到9.8％（牵头单位：省能源局）、" +
        "单位地区生产总值能源消耗降低16％（牵头单位：省发展改革委）、" +
        "单位地区生产总值二氧化碳排放降低17％（牵头单位：省发展改革委）、" +
        "化学需氧量排放减少8.8％，二氧化硫排放减少2.7％（牵头单位：省环保厅）、" +
        "森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米（牵头单位：省林业厅）、" +
        "城镇保障性安居工程建设5年累计新增63.27万套（牵头单位：省住房城乡建设厅）、" +
        "九年义务教育巩固率达到99％（牵头单位：省教育厅）、" +
        "改造2000万亩中低产田（牵头单位：省发展改革委）、" +
        "新增节水灌溉面积1000万亩（牵头单位：省水利厅）。" +
        "未按时报送进展的任务1项：城镇参加基本养老保险人数达到650万人（牵头单位：省人力资源社会保障厅）。",
    );
  });

  it("names a task whose title ends on a quantity without its figure by its target phrase, never mid-phrase", () => {
    const dangling = evaluation({ id: "4", title: "工业大项目计划总投资100亿元，当年计划投资", leads: ["省经委"], status: "lagging", ratio: 0.5 });
    const paragraph = circularParagraph([{ ...dangling, targets: [{ kind: "amount", value: 60, unit: "亿元", qualifier: "exact", subject: "投资", text: "当年计划投资60亿元" }] }], { asOf: "2007-10-31" });
    expect(paragraph).toContain("工业大项目计划总投资100亿元，当年计划投资60亿元（牵头单位：省经委）");
    expect(circularParagraph([dangling], { asOf: "2007-10-31" })).toContain("：工业大项目计划总投资100亿元（牵头单位：省经委）");
  });

  it("says 为 for a single task, 全部达到 when none is behind, and the day when the as-of date is not a month's end", () => {
    const two = [
      evaluation({ id: "1", title: "新增就业7万人。", leads: ["市人社局"], status: "lagging", ratio: 0.6 }),
      evaluation({ id: "2", title: "完成棚户区改造5702户。", leads: ["市住建局"], status: "done", ratio: 1 }),
    ];
    expect(circularParagraph(two, { asOf: "2018-10-15" })).toBe(
      "截至10月15日，列入本次通报的量化指标任务共2项，达到序时进度1项、占比50.0%；未达到序时进度1项、占比50.0%，为：新增就业7万人（牵头单位：市人社局）。",
    );
    expect(circularParagraph([two[1]], { asOf: "2018-11-30" })).toBe("截至11月末，列入本次通报的量化指标任务共1项，全部达到序时进度。");
    expect(circularParagraph([], { asOf: AS_OF })).toBe("截至10月末，本次通报无量化指标任务。");
  });

  it("has an English version", () => {
    const two = [
      evaluation({ id: "1", title: "新增就业7万人。", leads: ["市人社局"], status: "lagging", ratio: 0.6 }),
      evaluation({ id: "2", title: "完成棚户区改造5702户。", leads: ["市住建局"], status: "done", ratio: 1 }),
    ];
    expect(circularParagraph(two, { asOf: AS_OF, lang: "en" })).toBe(
      "As of the end of October, 2 quantitative tasks are included in this circular: 1 reach expected progress (50.0%); 1 do not (50.0%): 新增就业7万人 (lead: 市人社局).",
    );
  });
});

describe("what counts in the circular", () => {
  it("counts done, due soon and on schedule as 达到序时进度; lagging, lagging badly, overdue and not reported as not", () => {
    expect(STATUS_PRECEDENCE.filter(reachesExpectedProgress)).toEqual(["done", "due-soon", "on-schedule"]);
    expect(STATUS_PRECEDENCE.filter((status) => !reachesExpectedProgress(status))).toEqual(["overdue", "no-report", "no-figure", "lagging-badly", "lagging"]);
  });

  it("counts as 量化指标 the tasks with a numeric target", () => {
    expect(isQuantitative(evaluation({ id: "1", title: "当年计划投资284亿元", status: "done" }))).toBe(true);
    expect(isQuantitative(evaluation({ id: "2", title: "推进国资国企改革", target: { kind: "milestone", value: null, unit: "" }, status: "done" }))).toBe(
      false,
    );
    expect(isQuantitative(evaluation({ id: "3", title: "出台意见", target: null, status: "done" }))).toBe(false);
  });

  it("rounds shares to one decimal, half up, without binary noise", () => {
    expect(percentText(44, 55)).toBe("80.0");
    expect(percentText(11, 55)).toBe("20.0");
    expect(percentText(1, 3)).toBe("33.3");
    expect(percentText(2, 3)).toBe("66.7");
    expect(percentText(1, 8)).toBe("12.5");
    expect(percentText(1, 16)).toBe("6.3");
    expect(percentText(0, 0)).toBe("0.0");
  });

  it("names a task by its first sentence, or by its target's subject when that sentence is long", () => {
    expect(shortTaskName(evaluation({ id: "1", title: "耕地保有量保持在553万公顷。（省国土资源厅牵头）", status: "done" }))).toBe("耕地保有量保持在553万公顷");
    const long = "积极实施增产百亿斤商品粮能力建设规划全面加强农田水利基础设施建设改造中低产田到2012年粮食综合生产能力达到600亿斤水平";
    expect(shortTaskName(evaluation({ id: "2", title: long, target: { subject: "粮食综合生产能力" }, status: "done" }))).toBe("粮食综合生产能力");
    expect(shortTaskName(evaluation({ id: "3", title: long, target: { subject: "" }, status: "done" }))).toBe(`${Array.from(long).slice(0, 40).join("")}…`);
  });
});
