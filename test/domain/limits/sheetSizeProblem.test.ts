import { SHEET_LIMITS } from "../../../src/domain/limits/sheetLimits";
import { sheetSizeProblem } from "../../../src/domain/limits/sheetSizeProblem";

describe("sheetSizeProblem", () => {
  it("refuses one merge over the whole sheet, naming the sheet, the merge and the limit", () => {
    const problem = sheetSizeProblem({ sheet: "任务分解表", rows: 3, cells: 9, mergedCells: 16_384 * 1_048_576, largestMerge: "A1:XFD1048576" }, "坏.xlsx");
    expect(problem).toMatchObject({ code: "sheet-too-large", severity: "error", file: "坏.xlsx", sheet: "任务分解表" });
    expect(problem?.message).toContain("A1:XFD1048576");
    expect(problem?.message).toContain("1,000,000");
    expect(problem?.messageEn).toContain("任务分解表");
  });

  it("refuses 200,000 rows, naming the limit of rows", () => {
    const problem = sheetSizeProblem({ sheet: "进展", rows: 200_000, cells: 200_000, mergedCells: 0 });
    expect(problem?.message).toMatch(/进展.*200,000 行.*100,000 行/);
  });

  it("reads a sheet at the limits", () => {
    expect(sheetSizeProblem({ sheet: "S", rows: SHEET_LIMITS.rows, cells: SHEET_LIMITS.cells, mergedCells: SHEET_LIMITS.mergedCells })).toBeNull();
  });
});
