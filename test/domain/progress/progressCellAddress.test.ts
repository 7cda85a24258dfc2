import { cellAddress } from "../../../src/domain/grid";
import { progressCellAddress } from "../../../src/domain/progress/progressCellAddress";
import { progressColumnLetters } from "../../../src/domain/progress/progressColumnLetters";

describe("progressColumnLetters and progressCellAddress", () => {
  it("give each logical column's cell the address cellAddress gives it, the grid's origin honoured", () => {
    const grid = { origin: { row: 2, col: 1 } };
    const columns = { id: 0, title: 1, text: 2, department: 27 };
    const letters = progressColumnLetters(grid, columns);
    expect(letters).toEqual({ id: "B", title: "C", text: "D", department: "AC" });
    expect(Object.isFrozen(letters)).toBe(true);
    for (const r of [0, 4, 998]) {
      const row = { source: { sheet: "10月", cell: cellAddress(grid, r, 2), row: r + 2 + 1 }, columnLetters: letters };
      for (const [column, col] of Object.entries(columns)) expect(progressCellAddress(row, column as keyof typeof columns)).toBe(cellAddress(grid, r, col));
      expect(progressCellAddress(row, "value")).toBeUndefined();
    }
    expect(progressCellAddress({ source: { sheet: "S", cell: "C5", row: 5 } }, "department")).toBeUndefined();
  });
});
