/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { fakeLedgerServiceWithSteps } from "./fakeLedgerService";
import { click, renderInto, typeInto, type Rendered, stepControl } from "./renderInto";

let page: Rendered | null = null;

const statusBox = (container: HTMLElement, status: string) => {
  const input = container.querySelector<HTMLInputElement>(`[data-setting="noticeStatuses"] [data-status="${status}"] input, [data-setting="noticeStatuses"] input[data-status="${status}"]`);
  if (!input) throw new Error(`no checkbox ${status}`);
  return input;
};
const daysField = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[data-setting="noticeFeedbackDays"]')!;
const saveButton = (container: HTMLElement) => container.querySelector<HTMLButtonElement>('[data-testid="save-settings"]')!;

describe("App, the 设置 tab: the supervision notices' settings", () => {
  test("shows 滞后, 严重滞后 and 逾期 ticked, 临期 (blue) not, and 10 days to answer", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(stepControl(page.container, "settings"));
    expect(["lagging", "lagging-badly", "overdue", "due-soon"].map((status) => statusBox(page!.container, status).checked)).toEqual([true, true, true, false]);
    expect(page.container.textContent).toContain("临期（蓝牌，默认不发）");
    expect(page.container.textContent).toContain("默认：滞后、严重滞后、逾期");
    expect(daysField(page.container).value).toBe("10");
  });

  test("saves the statuses ticked and the days typed with the workbook; a bad number of days is refused at its field", async () => {
    const { service, ledgerCalls } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(stepControl(page.container, "settings"));
    await click(statusBox(page.container, "due-soon"));
    await click(statusBox(page.container, "lagging"));
    await typeInto(daysField(page.container), "0");
    expect(page.container.textContent).toContain("设置项“反馈时限（天）”的值“0”无效，应为1–365 之间的整数。");
    expect(saveButton(page.container).disabled).toBe(true);
    await typeInto(daysField(page.container), "7");
    await click(saveButton(page.container));
    expect(ledgerCalls.saveSettings).toEqual([expect.objectContaining({ noticeStatuses: ["lagging-badly", "overdue", "due-soon"], noticeFeedbackDays: 7 })]);
    // Read back as saved.
    expect(["lagging", "lagging-badly", "overdue", "due-soon"].map((status) => statusBox(page!.container, status).checked)).toEqual([false, true, true, true]);
  });

  test("keeps at least one status: the last one ticked cannot be unticked", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="en" />);
    await click(stepControl(page.container, "settings"));
    await click(statusBox(page.container, "lagging"));
    await click(statusBox(page.container, "lagging-badly"));
    expect(statusBox(page.container, "overdue").disabled).toBe(true);
    expect(page.container.textContent).toContain("Due soon (blue, off by default)");
  });
});
