import { parseCsv } from "../../../src/domain/csv/parseCsv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks as Excel writes them", () => {
    const text = '\ufeff序号,工作任务,责任单位\r\n1,"耕地保有量保持在553万公顷。","省国土资源厅牵头"\r\n2,"化学需氧量排放减少8.8％，二氧化硫排放减少2.7％","省环保厅牵头"\r\n3,"说""明""\n第二行",x\r\n';
    expect(parseCsv(text)).toEqual([
      ["序号", "工作任务", "责任单位"],
      ["1", "耕地保有量保持在553万公顷。", "省国土资源厅牵头"],
      ["2", "化学需氧量排放减少8.8％，二氧化硫排放减少2.7％", "省环保厅牵头"],
      ["3", '说"明"\n第二行', "x"],
    ]);
  });

  it("uses semicolons or tabs when the header line is separated by them", () => {
    expect(parseCsv("序号;工作任务\n1;建成…")).toEqual([
      ["序号", "工作任务"],
      ["1", "建成…"],
    ]);
    expect(parseCsv("序号\t工作任务\n1\t出台…")).toEqual([
      ["序号", "工作任务"],
      ["1", "出台…"],
    ]);
  });

  it("keeps Chinese commas inside fields (department lists) as text", () => {
    expect(parseCsv("a,b\n1,省水利厅、省发展改革委，省农委")[1]).toEqual(["1", "省水利厅、省发展改革委，省农委"]);
  });
});
