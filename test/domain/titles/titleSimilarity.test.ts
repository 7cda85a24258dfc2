import { titleSimilarity } from "../../../src/domain/titles/titleSimilarity";
import { normalizeTitle } from "../../../src/domain/titles/normalizeTitle";

describe("titleSimilarity", () => {
  it("ignores punctuation, widths, spaces and a leading enumeration", () => {
    expect(titleSimilarity("全省努力完成工业投资。", "全省努力完成工业投资")).toBe(1);
    expect(titleSimilarity("（一）工业投资比上年实际投资增长４０％以上", "工业投资比上年实际投资增长40%以上")).toBe(1);
    expect(titleSimilarity("规模以上工业利润总额增长10%, 力争突破200亿元", "规模以上工业利润总额增长10%，力争突破200亿元")).toBe(1);
    expect(normalizeTitle("（三）制定宣传方案，对“工业项目年”进展情况广泛宣传。")).toBe("制定宣传方案对工业项目年进展情况广泛宣传");
  });

  it("scores a phrase of the task title (a department's short form) above the default threshold 0.8", () => {
    expect(titleSimilarity("技术创新项目", "组织推进技术创新项目500项，总投资100亿元，当年计划投资")).toBeGreaterThanOrEqual(0.9);
    expect(titleSimilarity("规模以上工业增加值", "全省规模以上工业增加值增长")).toBeGreaterThanOrEqual(0.9);
  });

  it("scores an abbreviation (its characters in order, close together) above 0.8 but below a phrase", () => {
    const abbreviation = titleSimilarity("工业大项目当年计划投资", "工业大项目计划总投资798亿元，当年计划投资");
    expect(abbreviation).toBeGreaterThanOrEqual(0.85);
    expect(abbreviation).toBeLessThan(0.95);
    expect(titleSimilarity("上半年工业项目建设情况小结", "领导小组7月份对全省上半年工业项目建设情况进行小结")).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps unrelated titles and scattered characters low", () => {
    expect(titleSimilarity("全省工业用电量", "全省努力完成工业投资")).toBeLessThan(0.5);
    expect(titleSimilarity("亿元以上工业大项目", "工业大项目计划总投资798亿元，当年计划投资")).toBeLessThan(0.5);
    // 工…投…资 scattered over a long title is no abbreviation of it
    expect(titleSimilarity("工投资金", "工业园区道路建设投入使用资金到位情况良好")).toBeLessThan(0.8);
    expect(titleSimilarity("", "全省努力完成工业投资")).toBe(0);
  });

  it("does not let a two- or three-character title match by containment", () => {
    expect(titleSimilarity("投资", "全省努力完成工业投资")).toBeLessThan(0.8);
  });

  it("is symmetric", () => {
    const a = "组织推动投资在亿元以上的工业大项目200个";
    const b = "亿元以上工业大项目";
    expect(titleSimilarity(a, b)).toBeCloseTo(titleSimilarity(b, a), 10);
  });
});
