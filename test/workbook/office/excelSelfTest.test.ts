import { excelSelfTest } from "../../../src/workbook/office/excelSelfTest";
import { selfTestReportText } from "../../../src/workbook/selfTest/selfTestReport";
import { strictExcel, type StrictExcelOptions } from "./strictExcelFake";
import { fakeDocumentSettings } from "./fakeDocumentSettings";

function run(options: StrictExcelOptions = {}) {
  const excel = strictExcel(options);
  excel.workbook.addSheet("分工方案", { rows: [["序号", "工作任务"], [1, "耕地保有量保持在553万公顷"]] });
  const doc = fakeDocumentSettings(new Map([["progressLedger", { dueSoonDays: 10 }]]));
  const report = excelSelfTest({
    run: (batch) => excel.run({ delayForCellEdit: true }, batch),
    isSetSupported: excel.requirements.isSetSupported,
    settings: () => doc.settings,
    environment: "PC 16.0",
    now: () => new Date("2026-12-04T12:00:00Z"),
  });
  return { excel, doc, report };
}

describe("excelSelfTest (设置 → 自检) against the strict fake", () => {
  test("Microsoft 365: every check passes, the scratch sheet is removed, the clerk's sheets and settings are untouched", async () => {
    const { excel, doc, report } = run();
    const done = await report;
    expect(done.items.filter((item) => item.status !== "ok")).toEqual([]);
    expect(done.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(["requirement-1.13", "add-sheet", "write-text", "read-used-range", "merge", "merged-areas", "formats", "range-areas", "freeze-filter", "page-layout", "rename-move", "select", "delete-sheet", "settings-refresh", "settings-save"]),
    );
    expect(excel.workbook.names).toEqual(["分工方案"]);
    expect(excel.workbook.sheets[0].rows).toEqual([["序号", "工作任务"], [1, "耕地保有量保持在553万公顷"]]);
    expect(doc.saved.get("progressLedger")).toEqual({ dueSoonDays: 10 });
    expect(doc.saved.has("progressLedger.selfTest")).toBe(false);
  });

  test("Excel 2019 (ExcelApi 1.8): the checks of 1.9 and 1.13 are reported as not supported, not tried", async () => {
    const { excel, report } = run({ apiVersion: "1.8" });
    const done = await report;
    const status = Object.fromEntries(done.items.map((item) => [item.id, item.status]));
    expect(status).toMatchObject({ "requirement-1.7": "ok", "requirement-1.9": "missing", "requirement-1.13": "missing", "merged-areas": "missing", "page-layout": "missing", "range-areas": "missing", "write-text": "ok" });
    expect(done.items.find((item) => item.id === "requirement-sets")?.detail).toBe("1.8");
    expect(excel.syncs.every((sync) => sync.failed === undefined)).toBe(true);
    expect(excel.workbook.names).toEqual(["分工方案"]);
  });

  test("a check Excel refuses is reported with its error code; the others still run and the scratch sheet is removed", async () => {
    // The fourth sync is the merge check's (add sheet, write text, read used range, merge).
    const { excel, report } = run({ failSync: { at: 4, code: "AccessDenied" } });
    const done = await report;
    expect(done.items.find((item) => item.id === "merge")).toMatchObject({ status: "failed", detail: expect.stringContaining("AccessDenied") });
    expect(done.items.find((item) => item.id === "page-layout")?.status).toBe("ok");
    expect(excel.workbook.names).toEqual(["分工方案"]);
    const text = selfTestReportText(done, "zh");
    expect(text).toMatch(/^督查台账 自检报告\n时间: 2026-12-04T12:00:00.000Z\n运行环境: Excel \(PC 16\.0\)/);
    expect(text).toContain("✗ 合并单元格: 失败 — AccessDenied");
    // Reading merges finds none when merging was refused: both are reported.
    expect(text).toContain("✗ 读取合并单元格（getMergedAreasOrNullObject）: 失败");
    expect(text).toMatch(/2 项失败，0 项不支持。$/);
  });
});
