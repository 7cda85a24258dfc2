/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { ProgressRequest } from "../../src/taskpane/services/ledgerService";
import { fakeLedgerServiceWithSteps, PROGRESS_OUTCOME } from "./fakeLedgerService";
import { click, renderInto, settle, type Rendered, stepControl } from "./renderInto";

let page: Rendered | null = null;
afterEach(() => {
  page?.unmount();
  page = null;
  document.body.innerHTML = "";
});

/** The service of a workbook whose 对应记录 remembers last month's 不计入 for 省经委's 全省工业用电量, unless the clerk undid it. */
function rememberingService() {
  const { service } = fakeLedgerServiceWithSteps();
  const requests: ProgressRequest[] = [];
  const [power] = PROGRESS_OUTCOME.unmatched;
  const { candidateTaskIds: _, ...row } = power;
  service.buildProgress = async (request) => {
    requests.push(request);
    const chosen = Object.prototype.hasOwnProperty.call(request.resolutions, power.key);
    if ((request.forgotten ?? []).includes(power.key) && !chosen) return PROGRESS_OUTCOME;
    const assigned = [{ ...row, taskId: chosen ? (request.resolutions[power.key] ?? null) : null, ...(chosen ? {} : { remembered: true }) }];
    return { ...PROGRESS_OUTCOME, unmatched: [], assigned };
  };
  return { service, requests, key: power.key };
}

describe("step 2: an assignment remembered from last month (对应记录)", () => {
  test("is shown as 按上月对应 with its choice; undone, the next run forgets it and the row is unmatched again", async () => {
    const { service, requests, key } = rememberingService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(page.container.querySelector('[data-testid="run-check"]'));
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    const assigned = page.container.querySelector<HTMLElement>(`[data-assigned-key="${key}"]`);
    expect(assigned?.dataset.remembered).toBe("true");
    expect(assigned?.querySelector('[data-testid="remembered-assignment"]')?.textContent).toBe("按上月对应");
    expect(assigned?.querySelector("button[role='combobox']")?.textContent).toContain("不计入");
    expect(page.container.textContent).toContain("对应记录");

    await click(assigned?.querySelector('[data-testid="undo-assignment"]'));
    expect(page.container.querySelector('[data-testid="progress-stale"]')).not.toBeNull();
    await click(page.container.querySelector('[data-testid="apply-assigned"]'));
    await settle();
    expect(requests.at(-1)).toMatchObject({ resolutions: {}, forgotten: [key] });
    expect(page.container.querySelector(`[data-assigned-key="${key}"]`)).toBeNull();
    expect(page.container.querySelector(`li[data-row-key="${key}"]`)).not.toBeNull();
  });

  test("is changeable like a manual one: another task chosen is sent as the clerk's choice and no longer marked remembered", async () => {
    const { service, requests, key } = rememberingService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(page.container.querySelector('[data-testid="run-check"]'));
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    await click(page.container.querySelector(`[data-assigned-key="${key}"] button[role='combobox']`));
    await click(Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).find((option) => option.textContent?.startsWith("1 ")));
    await settle();
    await click(page.container.querySelector('[data-testid="apply-assigned"]'));
    expect(requests.at(-1)?.resolutions).toEqual({ [key]: "1" });
    const assigned = page.container.querySelector<HTMLElement>(`[data-assigned-key="${key}"]`);
    expect(assigned?.dataset.remembered).toBeUndefined();
    expect(assigned?.querySelector("button[role='combobox']")?.textContent).toContain("1 ");
  });
});
