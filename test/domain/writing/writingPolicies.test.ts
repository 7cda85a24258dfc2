import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { foreignSheetRefusal } from "../../../src/domain/writing/foreignSheetRefusal";
import { mayReplaceSheet } from "../../../src/domain/writing/mayReplaceSheet";
import { sheetExtent } from "../../../src/domain/writing/sheetExtent";
import { AS_OF, sampleEvaluations } from "../ledger/evaluationFixtures";
import { layoutGrid } from "../ledger/layoutTestHelpers";

describe("the writers' shared policies", () => {
  it("sheetExtent covers values, style runs and column widths, at least one cell", () => {
    expect(sheetExtent({ values: [["序号", "工作任务"]], styles: [], columnWidths: [6, 40, 12] })).toEqual({ rowCount: 1, colCount: 3 });
    expect(sheetExtent({ values: [], styles: [{ range: { top: 0, left: 0, bottom: 4, right: 1 }, style: { border: true } }], columnWidths: [] })).toEqual({ rowCount: 5, colCount: 2 });
    expect(sheetExtent({ values: [], styles: [], columnWidths: [] })).toEqual({ rowCount: 1, colCount: 1 });
  });

  it("mayReplaceSheet replaces the product's ledger, and a task table only when the clerk confirmed", async () => {
    const ledger = layoutGrid(ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout);
    const taskTable = { name: "台账 2009-10", rows: [["序号", "工作任务", "牵头单位"], ["1", "耕地保有量保持在553万公顷", "省国土资源厅"]] };
    expect(await mayReplaceSheet(ledger.name, async () => ledger, {})).toBe(true);
    expect(await mayReplaceSheet(taskTable.name, async () => taskTable, {})).toBe(false);
    expect(await mayReplaceSheet(taskTable.name, async () => taskTable, { overwrite: true })).toBe(true);
    expect(await mayReplaceSheet(taskTable.name, async () => taskTable, { productSheets: ["台账 2009-10"] })).toBe(true);
  });

  it("foreignSheetRefusal says in both languages what to do", () => {
    const refusal = foreignSheetRefusal("分工方案");
    expect(refusal).toMatchObject({ code: "foreign-sheet", sheet: "分工方案" });
    expect(refusal.message).toContain("请改名后重试，或确认覆盖");
    expect(refusal.messageEn).toContain("confirm overwriting");
  });
});
