import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCellPerLineTable } from "../../../src/domain/import/readCellPerLineTable";
import { importDivisionText } from "../../../src/domain/import/importDivisionText";

const lines = (text: string) => text.split("\n").map((line, index) => ({ text: line, line: index + 1 }));
// 大竹县 2016 民生实事目标任务分解表, copied from the web page one cell per line.
const DAZHU = readFileSync(join(__dirname, "..", "..", "fixtures", "corpus", "divisions", "dazhu-2016-minsheng-shishi", "source.txt"), "utf8");

describe("readCellPerLineTable", () => {
  const table = readCellPerLineTable(lines(DAZHU));

  it("finds the header and its columns", () => {
    expect(table?.columns).toEqual(["序号", "民生实事", "责任单位", "完成时限"]);
  });

  it("recovers each row: number, task, units one per line, deadline", () => {
    expect(table?.rows[0]).toMatchObject({ number: "1", title: "启动建设东柳河城区段综合治理工程和东湖湿地公园。", units: ["县水务局", "县住建局", "县护城河指挥部"], deadline: "12月底前" });
    expect(table?.rows.map((row) => row.number)).toEqual(["1", "2", "3", "4", "5", "5", "6", "7", "8", "9", "10"]);
  });

  it("gives a task under a merged 序号 the number and units above, marked inferred", () => {
    expect(table?.rows[5]).toMatchObject({ number: "5", numberInferred: true, title: "开工建设老年大学。", units: ["县民政局"], unitsInferred: true, deadline: "12月底前" });
    expect(table?.rows[4]).toMatchObject({ numberInferred: false, unitsInferred: false });
    expect(table?.unread).toEqual([]);
  });

  it("is null for a text without such a header", () => {
    expect(readCellPerLineTable(lines("一、任务\n1.完成投资。（市发改委牵头）"))).toBeNull();
  });
});

describe("a table with parallel 省/市 columns, one cell per line", () => {
  const TEXT = ["序号", "工作任务", "省牵头单位", "市牵头单位", "完成时限", "1", "完成固定资产投资增长6%。", "省发展改革委", "市发改委", "12月底前", "2", "新建2座人行天桥。", "省住房城乡建设厅", "市住建局", "市财政局", "9月底前"].join("\n");

  it("puts each unit under the level its name starts with", () => {
    const table = readCellPerLineTable(lines(TEXT));
    expect(table?.levels).toEqual([
      { level: "省", hasLead: true },
      { level: "市", hasLead: true },
    ]);
    expect(table?.rows[1].byLevel).toEqual({ 省: ["省住房城乡建设厅"], 市: ["市住建局", "市财政局"] });
  });

  it("is read at the level chosen, never the wrong one silently", () => {
    const city = importDivisionText(TEXT, { level: "市" });
    expect(city.ok && city.value.tasks.map((task) => [task.leads, task.supporting])).toEqual([
      [["市发改委"], []],
      [["市住建局"], ["市财政局"]],
    ]);
    expect(importDivisionText(TEXT).problems.map((problem) => problem.code)).toContain("level-needed");
  });
});
