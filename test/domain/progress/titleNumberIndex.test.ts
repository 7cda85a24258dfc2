import fc from "fast-check";
import { titleNumberIndex } from "../../../src/domain/progress/titleNumberIndex";

/** The index as first written: a list per run of digits, a task added once, only lists of at most `limit` tasks. */
function listsOf(titles: readonly string[], limit: number): (number: string) => number[] {
  const byNumber = new Map<string, number[]>();
  titles.forEach((title, taskIndex) => {
    for (const number of title.match(/\d{2,}/g) ?? []) {
      const list = byNumber.get(number);
      if (!list) byNumber.set(number, [taskIndex]);
      else if (list[list.length - 1] !== taskIndex) list.push(taskIndex);
    }
  });
  return (number) => {
    const list = byNumber.get(number) ?? [];
    return list.length <= limit ? list : [];
  };
}

describe("titleNumberIndex", () => {
  const titles = ["长春市加快推进工业大项目一期第12批", "白山市新建污水处理厂第12批完成投资798亿元", "第3批", "798798", "第12批第12批", "１２批"];

  it("lists, for a run of two or more digits, the titles holding it in table order, each once", () => {
    const tasksWith = titleNumberIndex(titles, 50);
    expect(tasksWith("12")).toEqual([0, 1, 4]);
    expect(tasksWith("798")).toEqual([1]);
    expect(tasksWith("798798")).toEqual([3]);
    expect(tasksWith("3")).toEqual([]);
    expect(tasksWith("2")).toEqual([]);
  });

  it("lists no task for a number more than `limit` titles hold", () => {
    expect(titleNumberIndex(titles, 2)("12")).toEqual([]);
    expect(titleNumberIndex(titles, 3)("12")).toEqual([0, 1, 4]);
  });

  it("answers as a list per number would, for any titles", () => {
    const title = fc.array(fc.constantFrom("1", "2", "12", "0", "9", "第", "批", "亿元", "１", "a"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(title, { maxLength: 30 }), fc.integer({ min: 0, max: 6 }), (written, limit) => {
        const fast = titleNumberIndex(written, limit);
        const plain = listsOf(written, limit);
        for (const number of new Set(written.flatMap((text) => text.match(/\d+/g) ?? []))) expect(fast(number)).toEqual(plain(number));
      }),
    );
  });
});
