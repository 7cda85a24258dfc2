import { readTaskNumber } from "../../../src/domain/import/readTaskNumber";

// Numbers as printed in the division corpus (test/fixtures/corpus/divisions).
describe("readTaskNumber", () => {
  it.each([
    ["(一)地区生产总值增长7%以上", "(一)", "一", 2],
    ["（二）加强项目调度。", "（二）", "二", 2],
    ["204.推进学前教育优质普惠发展", "204.", "204", 3],
    ["1﹒全省生产总值增长7%以上", "1﹒", "1", 3],
    ["11.121人才梯队项目。", "11.", "11", 3],
    ["一、2023年全区经济社会发展的主要预期目标", "一、", "一", 1],
    ["十六、对大力培育发展战略性新兴产业", "十六、", "十六", 1],
    ["第三条 各地要加强组织领导", "第三条", "三", 0],
    ["（1）新建2座人行天桥", "（1）", "1", 4],
    ["１加大经济合作力度。", "１", "1", 3],
  ])("reads %s as printed %s, bare %s", (text, print, bare, level) => {
    expect(readTaskNumber(text)).toMatchObject({ printed: print, bare, level });
  });

  it("starts the body after the number's punctuation", () => {
    expect(readTaskNumber("  2、 规上工业增加值增长12%以上")?.bodyOffset).toBe(5);
  });

  it("reads no number from a quantity or a date", () => {
    expect(readTaskNumber("12月底前")).toBeNull();
    expect(readTaskNumber("5年内重点引进100名")).toBeNull();
    expect(readTaskNumber("6.2%左右")).toBeNull();
    expect(readTaskNumber("加强组织领导")).toBeNull();
  });
});
