import type { NumberMention } from "../../../src/domain/numbers/numberMention";
import { readRemembered } from "../../../src/domain/numbers/readRemembered";

describe("readRemembered", () => {
  it("reads a text once more when asked for a second time, then keeps its mentions; texts asked for once are not kept", () => {
    const reads: string[] = [];
    const read = (text: string): NumberMention[] => {
      reads.push(text);
      return [];
    };
    const target = "全年完成固定资产投资1200亿元（记录测试）";
    const first = readRemembered(target, read);
    const second = readRemembered(target, read);
    const third = readRemembered(target, read);
    expect(reads).toEqual([target, target]);
    expect(third).toBe(second);
    expect(first).not.toBe(second);
    // Thousands of texts asked for once: each read once, none kept in place of another's mentions.
    const once = Array.from({ length: 5000 }, (_, index) => `1-10月完成投资${index}亿元（记录测试）`);
    for (const text of once) readRemembered(text, read);
    expect(reads.length).toBe(2 + once.length);
  });
});
