import { officeWorkbook, PRODUCT_SHEETS_KEY, SETTINGS_KEY, type RunInContext } from "../../../src/workbook/office/officeWorkbook";
import { selectCell } from "../../../src/workbook/office/selectCell";
import { listSheets } from "../../../src/workbook/office/listSheets";
import { activeSheetName } from "../../../src/workbook/office/activeSheetName";
import { saveDocumentSetting } from "../../../src/workbook/office/saveDocumentSetting";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { AS_OF, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";
import { strictExcel, type StrictExcel, type StrictExcelOptions } from "./strictExcelFake";
import { fakeDocumentSettings } from "./fakeDocumentSettings";

function workbook(options: StrictExcelOptions = {}): StrictExcel {
  const excel = strictExcel(options);
  excel.workbook.addSheet("分工方案", { rows: [["序号", "工作任务", "牵头单位"], [1, "耕地保有量保持在553万公顷", "省国土资源厅"]] });
  excel.workbook.addSheet("_督查台账设置", { visibility: "VeryHidden" });
  excel.workbook.addSheet("部门名录", { rows: [["单位名称"], ["省国土资源厅"]] });
  return excel;
}

/** The pane's way of running batches: Excel.run with delayForCellEdit. */
const delayed = (excel: StrictExcel): RunInContext => (batch) => excel.run({ delayForCellEdit: true }, batch);

describe("selectCell, listSheets, activeSheetName (Office.js, strict fake)", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const excel = workbook();
    await excel.run((context) => selectCell(context, "部门名录", "D7"));
    expect(excel.workbook.activeSheetId).toBe(excel.workbook.find("部门名录")?.id);
    expect(excel.workbook.selection?.address).toBe("部门名录!D7");
    expect(excel.syncs).toHaveLength(1);
  });

  it("names the active sheet and lists the visible sheets, each in one sync", async () => {
    const excel = workbook();
    expect(await excel.run(activeSheetName)).toBe("分工方案");
    expect(await excel.run(listSheets)).toEqual(["分工方案", "部门名录"]);
    expect(excel.syncs).toHaveLength(2);
  });
});

describe("document settings", () => {
  it("saves and resolves when Office saved", async () => {
    const doc = fakeDocumentSettings();
    await saveDocumentSetting(doc.settings, SETTINGS_KEY, { laggingBadlyGap: 20 });
    expect(doc.saved.get(SETTINGS_KEY)).toEqual({ laggingBadlyGap: 20 });
    expect(doc.saves()).toBe(1);
  });

  it("rejects with Office's message when saving fails, instead of swallowing it", async () => {
    const doc = fakeDocumentSettings(new Map(), { failSave: "The document is read-only." });
    await expect(saveDocumentSetting(doc.settings, SETTINGS_KEY, { dueSoonDays: 10 })).rejects.toThrow(/无法保存工作簿设置：The document is read-only\./);
  });
});

describe("officeWorkbook", () => {
  it("reads and writes the clerk's settings as one object saved with the workbook", async () => {
    const doc = fakeDocumentSettings();
    const port = officeWorkbook(delayed(workbook()), () => doc.settings);
    expect(await port.readSettings()).toEqual({});
    await port.writeSettings({ laggingBadlyGap: 25, ledgerSheetName: "督查台账 {period}" });
    expect(await port.readSettings()).toEqual({ laggingBadlyGap: 25, ledgerSheetName: "督查台账 {period}" });
  });

  it("co-authoring: refreshes the settings before reading, so another clerk's saved settings are seen", async () => {
    const workbookSettings = new Map<string, unknown>();
    const clerkA = fakeDocumentSettings(workbookSettings);
    const clerkB = fakeDocumentSettings(workbookSettings);
    const excel = workbook();
    const portA = officeWorkbook(delayed(excel), () => clerkA.settings);
    const portB = officeWorkbook(delayed(excel), () => clerkB.settings);
    await portB.writeSettings({ dueSoonDays: 10 });
    expect(await portA.readSettings()).toEqual({ dueSoonDays: 10 });
    expect(clerkA.refreshes()).toBeGreaterThan(0);
  });

  it("a clerk typing in a cell: batches wait (delayForCellEdit); without it Excel's refusal reads as what to do", async () => {
    const excel = workbook({ cellEditMode: true });
    const doc = fakeDocumentSettings();
    expect(await officeWorkbook(delayed(excel), () => doc.settings).listSheets()).toEqual(["分工方案", "部门名录"]);
    expect(excel.runOptions.at(-1)).toEqual({ delayForCellEdit: true });
    const impatient = officeWorkbook((batch) => excel.run(batch), () => doc.settings);
    await expect(impatient.listSheets()).rejects.toMatchObject({
      code: "excel-invalid-operation-in-cell-edit-mode",
      message: expect.stringContaining("按 Enter 或 Esc 结束编辑后重试"),
      problem: expect.objectContaining({ messageEn: expect.stringContaining("Press Enter or Esc") }),
    });
  });

  it("a sheet renamed or deleted meanwhile: ItemNotFound reads as go back to step 1", async () => {
    const excel = workbook();
    const port = officeWorkbook(delayed(excel), () => fakeDocumentSettings().settings);
    excel.workbook.find("分工方案")!.name = "分工方案（改）";
    await expect(port.selectCell("分工方案", "B2")).rejects.toMatchObject({ code: "excel-item-not-found", message: expect.stringContaining("回到第 1 步重新检查") });
    await expect(port.readSheet("分工方案")).rejects.toMatchObject({ code: "missing-sheet", message: expect.stringContaining("不存在") });
  });

  it("a protected workbook structure: AccessDenied reads as unprotect on the Review tab, and nothing is left behind", async () => {
    const excel = workbook();
    excel.workbook.structureProtected = true;
    const port = officeWorkbook(delayed(excel), () => fakeDocumentSettings().settings);
    const { layout } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });
    await expect(port.writeSheet(layout)).rejects.toMatchObject({ code: "excel-access-denied", message: expect.stringContaining("撤销工作簿或工作表保护") });
    expect(excel.workbook.names).toEqual(["分工方案", "_督查台账设置", "部门名录"]);
  });

  it("writes a sheet and records it as the product's, so regenerating it later does not ask", async () => {
    const doc = fakeDocumentSettings();
    const excel = workbook();
    const port = officeWorkbook(delayed(excel), () => doc.settings);
    const { layout } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });
    await port.writeSheet(layout);
    expect(doc.saved.get(PRODUCT_SHEETS_KEY)).toEqual(["台账 2009-10"]);
    await port.writeSheet(layout);
    expect(doc.saved.get(PRODUCT_SHEETS_KEY)).toEqual(["台账 2009-10"]);
    expect(doc.saves()).toBe(1);
    expect(excel.workbook.names).toEqual(["分工方案", "_督查台账设置", "部门名录", "台账 2009-10"]);
  });
});
