import { splitDivisionParagraphs } from "../../../src/domain/import/splitDivisionParagraphs";

describe("splitDivisionParagraphs", () => {
  it("cuts a copy flattened onto one line before each heading and label that follows a space (海盐 2022)", () => {
    // http://www.haiyan.gov.cn/art/2022/4/26/art_1229436874_59379425.html, as stored: the whole division on one line.
    const line =
      "政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局 2.落实党政机关过紧日子的要求。 责任单位:县财政局";
    const paragraphs = splitDivisionParagraphs(`（此件公开发布）\n${line}`);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "（此件公开发布）",
      "政府工作报告2022年重点工作责任分解",
      "一、王丹县长牵头重点工作",
      "1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。",
      "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局",
      "2.落实党政机关过紧日子的要求。",
      "责任单位:县财政局",
    ]);
    expect(paragraphs.slice(1).map((paragraph) => paragraph.line)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it("keeps a line whole where a single space stands before a number (one cut point is no flattened copy)", () => {
    const paragraphs = splitDivisionParagraphs("海盐县人民政府办公室 2022年4月18日 全年完成 3.5亿元投资,新增 5家企业。");
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(["海盐县人民政府办公室 2022年4月18日 全年完成 3.5亿元投资,新增 5家企业。"]);
  });
});
