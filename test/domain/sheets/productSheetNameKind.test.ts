import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import { productSheetNameKind } from "../../../src/domain/sheets/productSheetNameKind";
import { progressSheetCandidates } from "../../../src/domain/sheets/progressSheetCandidates";

describe("productSheetNameKind and progressSheetCandidates", () => {
  it("knows the product's sheets by the configured names and the defaults", () => {
    expect(productSheetNameKind("台账 2007-10", DEFAULT_SETTINGS)).toBe("ledger");
    expect(productSheetNameKind("通报汇总 2007-10", DEFAULT_SETTINGS)).toBe("summary");
    expect(productSheetNameKind("设置", DEFAULT_SETTINGS)).toBe("settings");
    expect(productSheetNameKind("省经委进展", DEFAULT_SETTINGS)).toBeNull();
    const renamed = { ...DEFAULT_SETTINGS, ledgerSheetName: "督查月报 {period}", summarySheetName: "{period} 通报" };
    expect(productSheetNameKind("督查月报 2007-10", renamed)).toBe("ledger");
    // A pattern starting with {period} has no fixed part to go by: such a sheet is known by its content.
    expect(productSheetNameKind("2007-10 通报", renamed)).toBeNull();
  });

  it("offers as progress every sheet but the task table, the roster and the product's own", () => {
    const names = ["重点工作任务分解表", "部门名录", "省经委进展", "省商务厅等", "台账 2007-09", "督查月报 2007-10", "设置"];
    const settings = { ...DEFAULT_SETTINGS, ledgerSheetName: "督查月报 {period}" };
    expect(progressSheetCandidates(names, { taskSheet: "重点工作任务分解表", rosterSheet: "部门名录", settings })).toEqual(["省经委进展", "省商务厅等"]);
  });
});
