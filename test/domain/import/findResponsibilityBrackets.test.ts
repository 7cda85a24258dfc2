import { findResponsibilityBrackets } from "../../../src/domain/import/findResponsibilityBrackets";

// Paragraphs quoted from the held-out documents (test/fixtures/corpus/heldout/divisions).
describe("findResponsibilityBrackets", () => {
  it("reads a square bracket around a responsibility whose unit carries round brackets (嘉鱼 2021)", () => {
    const paragraph = "(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]";
    const found = findResponsibilityBrackets(paragraph);
    expect(found).toEqual([
      { start: paragraph.indexOf("["), end: paragraph.length, inner: "牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区", kind: "responsibility" },
    ]);
  });

  it("still reads the round bracket of the next task of the same document (嘉鱼 2021)", () => {
    const found = findResponsibilityBrackets("(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局,各镇人民政府,嘉鱼经济开发区)");
    expect(found.map((bracket) => bracket.inner)).toEqual(["牵头单位:县财政局;责任单位:县税务局,各镇人民政府,嘉鱼经济开发区"]);
  });

  it("takes no square bracket that names no responsibility: a page's 【…】 title or [本期综述]", () => {
    expect(findResponsibilityBrackets("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知")).toEqual([]);
    expect(findResponsibilityBrackets("[本期综述]")).toEqual([]);
  });

  it("matches a closing bracket of the other width to its opening one, and ignores a stray closer of another kind", () => {
    expect(findResponsibilityBrackets("加快项目建设。（市发改委牵头)").map((bracket) => bracket.inner)).toEqual(["市发改委牵头"]);
    expect(findResponsibilityBrackets("加快项目建设】。（市发改委牵头）").map((bracket) => bracket.inner)).toEqual(["市发改委牵头"]);
  });
});
