import { productSheetKind } from "../../../src/domain/sheets/productSheetKind";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { summaryLayout } from "../../../src/domain/summary/summaryLayout";
import { AS_OF, sampleEvaluations } from "../ledger/evaluationFixtures";
import { layoutGrid } from "../ledger/layoutTestHelpers";

describe("productSheetKind", () => {
  it("recognises the ledger and the summary the product wrote", () => {
    expect(productSheetKind(layoutGrid(ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout))).toBe("ledger");
    expect(productSheetKind(layoutGrid(summaryLayout(sampleEvaluations(), { asOf: AS_OF })))).toBe("summary");
    expect(productSheetKind(layoutGrid(summaryLayout(sampleEvaluations(), { asOf: AS_OF, lang: "en" })))).toBe("summary");
  });

  it("does not take a task table or a hand-made ledger without check codes for its own", () => {
    expect(
      productSheetKind({
        name: "分工方案",
        rows: [
          ["序号", "工作任务", "牵头单位", "完成时限"],
          ["1", "耕地保有量保持在553万公顷", "省国土资源厅", "2011-12-31"],
        ],
      }),
    ).toBeNull();
    expect(
      productSheetKind({
        name: "台账",
        rows: [
          ["序号", "工作任务", "状态", "备注"],
          ["1", "耕地保有量保持在553万公顷", "滞后", ""],
        ],
      }),
    ).toBeNull();
    expect(productSheetKind({ name: "空", rows: [] })).toBeNull();
  });
});
