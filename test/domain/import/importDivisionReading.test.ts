import { Converter } from "opencc-js/t2cn";
import { importDivisionText } from "../../../src/domain/import/importDivisionText";

const PARALLEL = [
  "一、重点任务",
  "1.完成固定资产投资增长6%。",
  "省牵头单位：省发展改革委；省配合单位：省财政厅；市牵头单位：市发改委；市配合单位：市财政局",
].join("\n");

describe("importDivisionText — the level of parallel 省/市 labels", () => {
  it("reads the level the clerk chose, and says so", () => {
    const result = importDivisionText(PARALLEL, { level: "市" });
    expect(result.ok && result.value.tasks[0]).toMatchObject({ leads: ["市发改委"], supporting: ["市财政局"] });
    expect(result.ok && result.value.levels).toEqual(["省", "市"]);
    expect(result.problems.map((problem) => problem.code)).toContain("level-applied");
  });

  it("takes the document's own level from its issuer", () => {
    const result = importDivisionText(`吉林市人民政府办公厅\n${PARALLEL}`);
    expect(result.ok && result.value.level).toBe("市");
    expect(result.ok && result.value.tasks[0].leads).toEqual(["市发改委"]);
  });

  it("never reads a level silently: without a choice or an issuer it asks (level-needed, error)", () => {
    const result = importDivisionText(PARALLEL);
    const problem = result.problems.find((entry) => entry.code === "level-needed");
    expect(problem).toMatchObject({ severity: "error" });
    expect(problem?.message).toContain("请在导入时选择层级");
  });
});

describe("importDivisionText — text as copied", () => {
  it("joins a number broken over two lines of a PDF copy without a space (6 / 00亿斤)", () => {
    const text = ["（一）农业", "", "到2012年粮食综合生产能力达到6", "00亿斤水平，改造2000万亩中低产田，建设高标准农田。", "（省农委牵头）"].join("\n");
    const result = importDivisionText(text);
    expect(result.ok && result.value.tasks[0].title).toContain("达到600亿斤水平");
  });

  it("converts every traditional unit name through the converter it is given (opencc-js)", () => {
    const text = "一、科技\n1.建設重點實驗室。（省科學技術廳牽頭，重慶市檔案局、省財政廳配合）";
    const toSimplified = Converter({ from: "t", to: "cn" });
    const result = importDivisionText(text, { toSimplified });
    expect(result.ok && result.value.tasks[0]).toMatchObject({ leads: ["省科学技术厅"], supporting: ["重庆市档案局", "省财政厅"] });
    // The title stays as written.
    expect(result.ok && result.value.tasks[0].title).toBe("建設重點實驗室。");
  });

  it("marks a carried prefix as inferred and keeps the document's spelling (广州 2006)", () => {
    const result = importDivisionText("一、产业\n(一)加快建设三大汽车产业基地。(牵头单位:市经贸委;配合单位:市发改委、国土房管局、外经贸局)");
    expect(result.ok && result.value.tasks[0]).toMatchObject({
      id: "一",
      number: "(一)",
      title: "加快建设三大汽车产业基地。",
      leads: ["市经贸委"],
      supporting: ["市发改委", "市国土房管局", "市外经贸局"],
      inferred: ["市国土房管局", "市外经贸局"],
    });
  });
});
