import { matchLedgerRows } from "../../../src/domain/ledger/matchLedgerRows";
import { titleSimilarity } from "../../../src/domain/titles/titleSimilarity";
import { cellFingerprint } from "../../../src/domain/ledger/cellFingerprint";

const previous = [
  { id: "1", title: "耕地保有量保持在553万公顷" },
  { id: "2", title: "单位工业增加值用水量降低30％" },
  { id: "3", title: "非化石能源占一次能源消费比重达到9.8％" },
  { id: "1", title: "改造2000万亩中低产田" },
];

describe("matchLedgerRows", () => {
  it("matches by id and title, even when 序号 repeats per section", () => {
    expect(
      matchLedgerRows(previous, [
        { id: "1", title: "改造2000万亩中低产田" },
        { id: "1", title: "耕地保有量保持在553万公顷" },
      ]),
    ).toEqual([3, 0]);
  });

  it("follows a renumbered task by its title", () => {
    expect(matchLedgerRows(previous, [{ id: "7", title: "单位工业增加值用水量降低30%" }])).toEqual([1]);
  });

  it("follows a corrected title under the same id, but not a different task that took the id", () => {
    expect(matchLedgerRows(previous, [{ id: "3", title: "非化石能源占一次能源消费比重达到9.8％以上" }])).toEqual([2]);
    expect(matchLedgerRows(previous, [{ id: "3", title: "九年义务教育巩固率达到99％" }])).toEqual([null]);
  });

  it("finds the task of a row whose 序号 and title the clerk rewrote, by the fingerprints in its check code", () => {
    const edited = [
      { id: "一", title: "耕地保有量（含基本农田）", generatedAs: { id: cellFingerprint("1"), title: cellFingerprint("耕地保有量保持在553万公顷") } },
    ];
    expect(matchLedgerRows(edited, [{ id: "1", title: "耕地保有量保持在553万公顷" }])).toEqual([0]);
    expect(matchLedgerRows([{ id: "一", title: "耕地保有量（含基本农田）" }], [{ id: "1", title: "耕地保有量保持在553万公顷" }])).toEqual([null]);
  });

  it("uses each earlier row once", () => {
    expect(
      matchLedgerRows(previous, [
        { id: "2", title: "单位工业增加值用水量降低30％" },
        { id: "2", title: "单位工业增加值用水量降低30％" },
      ]),
    ).toEqual([1, null]);
  });

  it("measures title similarity on character pairs", () => {
    expect(titleSimilarity("耕地保有量保持在553万公顷", "耕地保有量保持在553万公顷")).toBe(1);
    expect(titleSimilarity("耕地保有量保持在553万公顷", "九年义务教育巩固率达到99％")).toBe(0);
    expect(titleSimilarity("耕地保有量保持在553万公顷", "耕地保有量保持在553万公顷。")).toBeGreaterThan(0.9);
  });
});
