import { officeLedgerService } from "../../../src/taskpane/services/officeLedgerService";
import type { Task } from "../../../src/domain/task";
import { strictExcel, type StrictExcel, type StrictExcelOptions } from "../../workbook/office/strictExcelFake";
import { fakeDocumentSettings } from "../../workbook/office/fakeDocumentSettings";

const TASKS: Task[] = [
  { id: "1", title: "耕地保有量保持在553万公顷。", category: "（一）约束性指标", target: "", leads: ["省国土资源厅"], supporting: [], responsibility: "lead", deadline: null, responsibilityText: "省国土资源厅牵头", source: { line: 5 } },
];

/** Excel and Office as the pane sees them, over the strict fake; a sheet named 任务分解表 already exists, second of three. */
function installExcel(options: StrictExcelOptions = {}): StrictExcel {
  const excel = strictExcel(options);
  excel.workbook.addSheet("说明", { rows: [["本工作簿由办公室维护"]] });
  excel.workbook.addSheet("任务分解表", { rows: [["序号", "工作任务"], [1, "旧任务"]] });
  excel.workbook.addSheet("部门名录", { rows: [["单位名称"], ["省国土资源厅"]] });
  const globals = globalThis as unknown as { Excel: unknown; Office: unknown };
  globals.Excel = { run: excel.run };
  globals.Office = {
    context: { requirements: excel.requirements, document: { settings: fakeDocumentSettings().settings }, diagnostics: { platform: "PC", version: "16.0.17928.20114" } },
  };
  return excel;
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("officeLedgerService (Excel, strict fake)", () => {
  test("is the Excel host: problems are shown by selecting their cells in Excel", () => {
    installExcel();
    expect(officeLedgerService().host).toBe("excel");
  });

  test("the task table from text replaces a sheet the clerk agreed to replace, in its place, and shows it; every batch waits for cell edits", async () => {
    const excel = installExcel();
    await officeLedgerService().createTaskSheet("任务分解表", TASKS);
    expect(excel.workbook.names).toEqual(["说明", "任务分解表", "部门名录"]);
    const sheet = excel.workbook.find("任务分解表")!;
    expect(sheet.rows.flat()).toContain("耕地保有量保持在553万公顷。");
    expect(sheet.rows.flat()).not.toContain("旧任务");
    expect(excel.workbook.activeSheetId).toBe(sheet.id);
    expect(excel.runOptions.length).toBeGreaterThan(0);
    expect(excel.runOptions.every((options) => options.delayForCellEdit === true)).toBe(true);
  });

  test("reads every sheet where Excel lacks ExcelApi 1.13, without merges", async () => {
    installExcel({ apiVersion: "1.9" });
    const service = officeLedgerService();
    const outcome = await service.check({ sheet: "任务分解表" });
    expect(outcome.problems.every((problem) => !problem.code.startsWith("excel-"))).toBe(true);
  });

  test("设置 → 自检 reports every API on a scratch sheet and removes it", async () => {
    const excel = installExcel();
    const report = await officeLedgerService().selfTest!();
    expect(report.environment).toBe("PC 16.0.17928.20114");
    expect(report.items.filter((item) => item.status !== "ok")).toEqual([]);
    expect(excel.workbook.names).toEqual(["说明", "任务分解表", "部门名录"]);
  });
});
