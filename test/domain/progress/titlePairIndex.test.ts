import { titlePairIndex } from "../../../src/domain/progress/titlePairIndex";
import { titlePairKeys } from "../../../src/domain/progress/titlePairKeys";

describe("titlePairIndex and titlePairKeys", () => {
  const titles = ["工业项目投资", "推进工业项目", "工业工业", "", "𠀀工业", "项"];
  const tasksWith = titlePairIndex(titles);
  const pair = (text: string): number => titlePairKeys(text)[0];

  it("lists, for a character pair, the titles holding it in table order, each once", () => {
    expect([...tasksWith(pair("工业"))]).toEqual([0, 1, 2, 4]);
    expect([...tasksWith(pair("项目"))]).toEqual([0, 1]);
    expect([...tasksWith(pair("业工"))]).toEqual([2]);
    expect([...tasksWith(pair("目投"))]).toEqual([0]);
    expect([...tasksWith(pair("资额"))]).toEqual([]);
  });

  it("keys pairs beyond the Basic Multilingual Plane and one-character titles apart from every other pair", () => {
    expect(titlePairKeys("𠀀工业")).toHaveLength(2);
    expect([...tasksWith(titlePairKeys("𠀀工")[0])]).toEqual([4]);
    expect([...tasksWith(titlePairKeys("项")[0])]).toEqual([5]);
    expect(titlePairKeys("")).toEqual([]);
    const keys = new Set(titles.flatMap(titlePairKeys));
    expect(keys.size).toBe(new Set(titles.flatMap((title) => { const chars = Array.from(title); return chars.length === 1 ? [`one ${title}`] : chars.slice(1).map((char, at) => chars[at] + char); })).size);
  });
});
