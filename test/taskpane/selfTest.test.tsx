/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { officeLedgerService } from "../../src/taskpane/services/officeLedgerService";
import { fileLedgerService } from "../../src/taskpane/services/fileLedgerService";
import { strictExcel, type StrictExcel } from "../workbook/office/strictExcelFake";
import { fakeDocumentSettings } from "../workbook/office/fakeDocumentSettings";
import { click, renderInto, settle, stepControl, type Rendered } from "./renderInto";

let page: Rendered | null = null;
afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

/** Excel and Office over the strict fake, as the pane finds them after Office.onReady. */
function installExcel(apiVersion = "1.17"): StrictExcel {
  const excel = strictExcel({ apiVersion });
  excel.workbook.addSheet("分工方案", { rows: [["序号", "工作任务", "牵头单位"], [1, "耕地保有量保持在553万公顷", "省国土资源厅"]] });
  const globals = globalThis as unknown as { Excel: unknown; Office: unknown };
  globals.Excel = { run: excel.run };
  globals.Office = { context: { requirements: excel.requirements, document: { settings: fakeDocumentSettings().settings }, diagnostics: { platform: "OfficeOnline", version: "16.0" } } };
  return excel;
}

async function runSelfTest(rendered: Rendered): Promise<string> {
  await click(stepControl(rendered.container, "settings"));
  await click(rendered.container.querySelector('[data-testid="run-self-test"]'));
  for (let i = 0; i < 20 && !rendered.container.querySelector('[data-testid="self-test-report"]'); i++) await settle();
  const report = rendered.container.querySelector<HTMLTextAreaElement>('[data-testid="self-test-report"] textarea, textarea[data-testid="self-test-report"]');
  if (!report) throw new Error("no self-test report");
  return report.value;
}

describe("设置 → 自检 in the pane", () => {
  test("in Excel (strict fake): a report of every API to copy, the scratch sheet gone", async () => {
    const excel = installExcel();
    page = await renderInto(<App service={officeLedgerService()} lang="zh" />);
    const report = await runSelfTest(page);
    expect(report).toMatch(/^督查台账 自检报告/);
    expect(report).toContain("运行环境: Excel (OfficeOnline 16.0)");
    expect(report).toContain("✓ 读取合并单元格（getMergedAreasOrNullObject）: 通过");
    expect(report).toContain("✓ 打印版式（A4 横向、适合一页宽、标题行、页脚）: 通过");
    expect(report).toMatch(/0 项失败，0 项不支持。$/);
    expect(page.container.querySelector('[data-testid="copy-self-test"]')).not.toBeNull();
    expect(excel.workbook.names).toEqual(["分工方案"]);
  });

  test("in an Excel with ExcelApi 1.8, the report names what is not supported", async () => {
    installExcel("1.8");
    page = await renderInto(<App service={officeLedgerService()} lang="en" />);
    const report = await runSelfTest(page);
    expect(report).toContain("– ExcelApi 1.13: not supported");
    expect(report).toContain("– Print layout (A4 landscape, fit to one page wide, title rows, footer): not supported — ExcelApi 1.9");
  });

  test("on the standalone page: the ExcelJS port's self-test on a scratch workbook", async () => {
    const opened = await fileLedgerService(null);
    if (!opened.ok) throw new Error("no blank workbook");
    page = await renderInto(<App service={opened.value} lang="zh" />);
    const report = await runSelfTest(page);
    expect(report).toContain("运行环境: ExcelJS");
    expect(report).toContain("✓ 文本（含 = + - @ 开头）保持为文本: 通过");
    expect(report).toContain("✓ 读取合并单元格: 通过");
    expect(await opened.value.listSheets()).toEqual([]);
  });
});
