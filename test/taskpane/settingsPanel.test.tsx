/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { fakeLedgerService, fakeLedgerServiceWithSteps } from "./fakeLedgerService";
import { byText, click, renderInto, typeInto, type Rendered, stepControl } from "./renderInto";

let page: Rendered | null = null;

function field(container: HTMLElement, key: string): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>(`input[data-setting="${key}"]`);
  if (!input) throw new Error(`no field ${key}`);
  return input;
}

function saveButton(container: HTMLElement): HTMLButtonElement {
  const button = container.querySelector<HTMLButtonElement>('[data-testid="save-settings"]');
  if (!button) throw new Error("no save button");
  return button;
}

describe("App, the 设置 tab", () => {
  test("shows the settings in force with the defaults of docs/RULES.md", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(stepControl(page.container, "settings"));
    expect(field(page.container, "laggingBadlyGap").value).toBe("30");
    expect(field(page.container, "dueSoonDays").value).toBe("15");
    expect(field(page.container, "growthTolerance").value).toBe("0.5");
    expect(field(page.container, "titleMatchThreshold").value).toBe("0.8");
    expect(field(page.container, "ledgerSheetName").value).toBe("台账 {period}");
    expect(page.container.querySelector<HTMLInputElement>('input[type="radio"][value="months"]')?.checked).toBe(true);
    expect(page.container.textContent).toContain("默认：30");
  });

  test("a value out of range is named at its field and cannot be saved", async () => {
    const { service, ledgerCalls } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(stepControl(page.container, "settings"));
    await typeInto(field(page.container, "dueSoonDays"), "400");
    expect(page.container.textContent).toContain("设置项“临期天数”（dueSoonDays）的值“400”无效，应为0–366 之间的整数。");
    expect(page.container.textContent).not.toContain("已使用默认值");
    expect(saveButton(page.container).disabled).toBe(true);
    await typeInto(field(page.container, "ledgerSheetName"), "台账[10月]");
    expect(page.container.textContent).toContain("不超过31个字符");
    await typeInto(field(page.container, "dueSoonDays"), "10");
    await typeInto(field(page.container, "ledgerSheetName"), "台账（{period}）");
    expect(saveButton(page.container).disabled).toBe(false);
    await click(saveButton(page.container));
    expect(ledgerCalls.saveSettings).toEqual([expect.objectContaining({ dueSoonDays: 10, ledgerSheetName: "台账（{period}）", laggingBadlyGap: 30 })]);
    expect(page.container.querySelector('[data-testid="settings-saved"]')?.textContent).toBe("设置已保存，保存工作簿后生效。");
  });

  test("saving after step 2 recomputes the progress with the new settings", async () => {
    const { service, ledgerCalls } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(page.container.querySelector('[data-testid="run-check"]'));
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    expect(ledgerCalls.buildProgress).toHaveLength(1);

    await click(stepControl(page.container, "settings"));
    await typeInto(field(page.container, "laggingBadlyGap"), "3");
    await click(byText(page.container, "按日（已过天数 ÷ 全年天数）", "label"));
    await click(saveButton(page.container));
    expect(ledgerCalls.saveSettings).toEqual([expect.objectContaining({ laggingBadlyGap: 3, expectedProgressMethod: "days" })]);
    expect(ledgerCalls.buildProgress).toHaveLength(2);
    expect(page.container.querySelector('[data-testid="settings-saved"]')?.textContent).toContain("已按新设置重新计算");
  });

  test("restoring the defaults refills every field", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="en" />);
    await click(stepControl(page.container, "settings"));
    await typeInto(field(page.container, "growthTolerance"), "2");
    await click(byText(page.container, "Restore defaults"));
    expect(field(page.container, "growthTolerance").value).toBe("0.5");
  });

  test("a visible 设置 sheet is said to take precedence, and its values are shown", async () => {
    const { service } = fakeLedgerServiceWithSteps({ settingsSheet: { name: "设置", rows: [["设置项", "值"], ["严重滞后差距（百分点）", 20]] } });
    page = await renderInto(<App service={service} lang="zh" />);
    await click(stepControl(page.container, "settings"));
    expect(page.container.textContent).toContain("工作簿中有“设置”工作表，其中填写的值优先于这里保存的值");
    expect(field(page.container, "laggingBadlyGap").value).toBe("20");
  });

  test("says so where settings cannot be saved", async () => {
    const { service } = fakeLedgerService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(stepControl(page.container, "settings"));
    expect(page.container.textContent).toContain("此处不能修改设置。");
  });
});
