import { assignTaskIds } from "../../../src/domain/import/assignTaskIds";

describe("assignTaskIds", () => {
  it("uses the printed numbers when they are unique (武汉 2023: 204 … 211 continue from an earlier part)", () => {
    expect(assignTaskIds([204, 205, 206].map((number) => ({ number: String(number), section: [] })))).toEqual(["204", "205", "206"]);
  });

  it("carries the section numbers where numbering restarts, leaving out what every task shares", () => {
    const ids = assignTaskIds([
      { number: "1", section: ["一"] },
      { number: "2", section: ["一"] },
      { number: "1", section: ["二"] },
    ]);
    expect(ids).toEqual(["一-1", "一-2", "二-1"]);
  });

  it("numbers unnumbered tasks within their headings (003: 一-1 under （一）, 二-1-1 under （二） 1.)", () => {
    const ids = assignTaskIds([
      { number: "", section: ["二", "一"] },
      { number: "", section: ["二", "一"] },
      { number: "", section: ["二", "二", "1"] },
    ]);
    expect(ids).toEqual(["一-1", "一-2", "二-1-1"]);
  });

  it("makes a number repeated in one place unique (大竹 2016: two tasks under a merged 序号 5)", () => {
    expect(assignTaskIds(["4", "5", "5", "6"].map((number) => ({ number, section: [] })))).toEqual(["4", "5", "5-2", "6"]);
  });
});
