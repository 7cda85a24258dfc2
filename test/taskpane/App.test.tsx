/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { fakeLedgerService, PROBLEMS } from "./fakeLedgerService";
import { byText, click, renderInto, settle, type Rendered } from "./renderInto";

let page: Rendered | null = null;

function problemItems(container: ParentNode, severity: string): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(`[data-severity-group="${severity}"] li.ledger-problem`));
}

describe("App, step 1 (检查分工)", () => {
  test("opens on the check step with the active sheet and its detected columns", async () => {
    const { service } = fakeLedgerService();
    page = await renderInto(<App service={service} lang="zh" />);
    const selectedTab = page.container.querySelector('[role="tab"][aria-selected="true"]');
    expect(selectedTab?.querySelector(".fui-Tab__content")?.textContent).toBe("1 检查分工");
    const sheetDropdown = page.container.querySelector<HTMLButtonElement>('[data-testid="sheet-dropdown"]');
    expect(sheetDropdown?.textContent).toContain("分工方案");
    expect(page.container.textContent).toContain("表头在第2行");
    const titleColumn = page.container.querySelector('[data-column="title"] button');
    expect(titleColumn?.textContent).toContain("C 列：工作任务");
    const leaderColumn = page.container.querySelector('[data-column="leader"] button');
    expect(leaderColumn?.textContent).toContain("（无）");
  });

  test("running the check groups the problems by severity with their counts and cells", async () => {
    const { service, calls } = fakeLedgerService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(byText(page.container, "检查"));
    expect(calls.check).toEqual([{ sheet: "分工方案" }]);

    const errors = problemItems(page.container, "error");
    const warnings = problemItems(page.container, "warning");
    expect(errors.map((item) => [item.dataset.code, item.dataset.cell])).toEqual([
      ["missing-lead", "D4"],
      ["unknown-department", "D5"],
    ]);
    expect(warnings.map((item) => [item.dataset.code, item.dataset.cell])).toEqual([["multiple-leads", "D6"]]);

    const errorHeader = page.container.querySelector('[data-severity-group="error"] [data-count]');
    const warningHeader = page.container.querySelector('[data-severity-group="warning"] [data-count]');
    expect(errorHeader?.textContent).toBe("2");
    expect(warningHeader?.textContent).toBe("1");
    expect(page.container.querySelector('[data-severity-group="error"]')?.textContent).toContain("错误");
    expect(page.container.querySelector('[data-testid="problem-counts"]')?.textContent).toBe("错误 2 个，警告 1 个");

    expect(errors[0].textContent).toContain("分工方案!D4");
    expect(errors[0].textContent).toContain("没有牵头单位");
    expect(errors[1].textContent).toContain("建议：省能源局");

    const summary = page.container.querySelector('[data-testid="check-summary"]')?.textContent ?? "";
    expect(summary).toContain("从工作表“分工方案”（表头第2行）读取任务 4 项。");
    expect(summary).toContain("有牵头单位的任务 3/4 项，涉及牵头单位 4 个。");
    expect(summary).toContain("部门名录");
  });

  test("clicking a problem selects its cell through the service", async () => {
    const { service, calls } = fakeLedgerService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(byText(page.container, "检查"));
    const unknown = problemItems(page.container, "error")[1];
    await click(unknown.querySelector("button"));
    expect(calls.selectCell).toEqual([["分工方案", "D5"]]);
    expect(unknown.querySelector("button")?.getAttribute("aria-pressed")).toBe("true");
    // In Excel the cell is shown by Excel itself: no preview in the pane.
    expect(page.container.querySelector("[data-preview-cell]")).toBeNull();
  });

  test("on the standalone page a clicked problem shows its cell in a preview of the sheet", async () => {
    const { service, calls } = fakeLedgerService({ host: "browser" });
    page = await renderInto(<App service={service} lang="zh" />);
    await click(byText(page.container, "检查"));
    await click(problemItems(page.container, "error")[1].querySelector("button"));
    expect(calls.selectCell).toEqual([["分工方案", "D5"]]);
    const preview = page.container.querySelector<HTMLElement>("[data-preview-cell]");
    expect(preview?.dataset.previewCell).toBe("D5");
    expect(preview?.querySelector('[data-target="true"]')?.textContent).toBe("省能原局");
    expect(preview?.querySelector('[data-testid="preview-content"]')?.textContent).toBe("D5：省能原局");
  });

  test("a problem without a cell is listed but not clickable", async () => {
    const { service } = fakeLedgerService({
      problems: [{ code: "no-task-table", severity: "error", sheet: "部门名录", message: "工作表“部门名录”中没有找到任务表的表头。请选择任务表所在的工作表。", messageEn: "No task table header in sheet 部门名录." }],
    });
    page = await renderInto(<App service={service} lang="zh" />);
    await click(byText(page.container, "检查"));
    const items = problemItems(page.container, "error");
    expect(items).toHaveLength(1);
    expect(items[0].querySelector("button")).toBeNull();
    expect(items[0].textContent).toContain("没有找到任务表的表头");
  });

  test("no problems: says so", async () => {
    const { service } = fakeLedgerService({ problems: [] });
    page = await renderInto(<App service={service} lang="zh" />);
    await click(byText(page.container, "检查"));
    expect(page.container.textContent).toContain("没有发现问题，分工清楚。");
    expect(page.container.querySelectorAll("li.ledger-problem")).toHaveLength(0);
  });

  test("a corrected column is passed to the check", async () => {
    const { service, calls } = fakeLedgerService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(page.container.querySelector('[data-column="supporting"] button'));
    const option = Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).find((element) => element.textContent === "（无）");
    await click(option);
    await settle();
    expect(page.container.querySelector('[data-column="supporting"] button')?.textContent).toContain("（无）");
    await click(byText(page.container, "检查"));
    expect(calls.check).toHaveLength(1);
    expect(calls.check[0].sheet).toBe("分工方案");
    expect(calls.check[0].columns).toEqual({ id: 0, category: 1, title: 2, lead: 3 });
  });
});

describe("App in English", () => {
  test("shows English strings and the problems' English messages when lang is en", async () => {
    const { service } = fakeLedgerService();
    page = await renderInto(<App service={service} lang="en" />);
    const tabs = Array.from(page.container.querySelectorAll('[role="tab"]')).map((tab) => tab.querySelector(".fui-Tab__content")?.textContent);
    expect(tabs).toEqual(["Import text", "1 Check tasks", "2 Progress", "3 Ledger"]);
    await click(byText(page.container, "Check"));
    expect(page.container.querySelector('[data-severity-group="error"]')?.textContent).toContain("Errors");
    expect(page.container.textContent).toContain(PROBLEMS[0].messageEn);
    expect(page.container.textContent).not.toContain(PROBLEMS[0].message);
    expect(page.container.textContent).toContain("Suggestion: 省能源局");
  });

  test("the language switch is shown only when the page can change language", async () => {
    const { service } = fakeLedgerService();
    const chosen: string[] = [];
    page = await renderInto(<App service={service} lang="zh" onLanguageChange={(lang) => chosen.push(lang)} />);
    await click(page.container.querySelector('[data-lang="en"]'));
    expect(chosen).toEqual(["en"]);
    page.unmount();
    page = await renderInto(<App service={service} lang="zh" />);
    expect(page.container.querySelector("[data-lang]")).toBeNull();
  });
});
