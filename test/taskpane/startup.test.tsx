/** @jest-environment jsdom */
import { act } from "react";
import { strictExcel } from "../workbook/office/strictExcelFake";
import { fakeDocumentSettings } from "../workbook/office/fakeDocumentSettings";
import { settle } from "./renderInto";
// Outside Office at import time, index.tsx only looks for a #container to mount into; there is none here.
import { mountTaskPane } from "../../src/taskpane/index";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = "";
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

/** Mount the pane as Office.onReady does, in an Excel supporting ExcelApi up to `apiVersion`. */
async function mountIn(apiVersion: string): Promise<HTMLElement> {
  const excel = strictExcel({ apiVersion });
  excel.workbook.addSheet("分工方案", { rows: [["序号", "工作任务", "牵头单位"], [1, "耕地保有量保持在553万公顷", "省国土资源厅"]] });
  const globals = globalThis as unknown as { Excel: unknown; Office: unknown };
  globals.Excel = { run: excel.run };
  globals.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "zh-CN", requirements: excel.requirements, document: { settings: fakeDocumentSettings().settings } },
    onReady: () => undefined,
  };
  const container = document.createElement("div");
  document.body.appendChild(container);
  await act(async () => {
    mountTaskPane(container, "Excel" as unknown as Office.HostType);
  });
  await settle();
  return container;
}

describe("start-up: the requirement sets checked with isSetSupported", () => {
  test("an Excel without ExcelApi 1.7 gets a Chinese message pointing to the standalone page, not the pane", async () => {
    const container = await mountIn("1.3");
    expect(container.textContent).toContain("此版本的 Excel 不支持本加载项");
    expect(container.querySelector("a")?.getAttribute("href")).toBe("standalone.html");
    expect(container.querySelector('[data-step="check"]')).toBeNull();
  });

  test("Excel 2019 (ExcelApi 1.8) gets the pane, with what it lacks said at the top", async () => {
    const container = await mountIn("1.8");
    const notices = Array.from(container.querySelectorAll('[data-testid="excel-api-notice"]')).map((notice) => notice.textContent);
    expect(notices).toEqual([expect.stringContaining("缺少 ExcelApi 1.9"), expect.stringContaining("缺少 ExcelApi 1.13")]);
    expect(container.querySelector('[data-step="check"]')).not.toBeNull();
  });

  test("Microsoft 365: the pane, no notice", async () => {
    const container = await mountIn("1.17");
    expect(container.querySelector('[data-testid="excel-api-notice"]')).toBeNull();
    expect(container.querySelector('[data-step="check"]')).not.toBeNull();
  });
});
