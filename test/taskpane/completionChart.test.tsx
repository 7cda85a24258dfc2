/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { summaryGroups } from "../../src/domain/summary/summaryGroups";
import { fakeLedgerServiceWithSteps, PROGRESS_OUTCOME } from "./fakeLedgerService";
import { click, renderInto, settle, type Rendered, stepControl } from "./renderInto";

let page: Rendered | null = null;

describe("App, step 2: the completion chart", () => {
  test("draws the average completion by lead department and by category, as the summary sheet counts it", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(page.container.querySelector('[data-testid="run-check"]'));
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    await settle();
    const chart = page.container.querySelector('[data-testid="completion-chart"]');
    expect(chart?.textContent).toContain("平均完成率：按牵头单位");
    expect(chart?.textContent).toContain("平均完成率：按类别");
    const [departments, categories] = Array.from(chart?.querySelectorAll('[data-testid="bar-chart"]') ?? []).map((list) => Array.from(list.querySelectorAll("li")).map((item) => item.textContent));
    const expected = (by: "department" | "category"): string[] =>
      summaryGroups(PROGRESS_OUTCOME.evaluations, by)
        .filter((group) => group.tally.averageRatio !== null)
        .map((group) => `${group.name} ${Math.round((group.tally.averageRatio ?? 0) * 1000) / 10}/100`);
    expect(departments?.length).toBeGreaterThan(0);
    expect(departments).toEqual(expected("department"));
    expect(categories).toEqual(expected("category"));
    // The task with 102% counts as 100% in its group's average, as in the summary sheet.
    expect(departments?.some((text) => /\s(\d+(\.\d)?)\/100$/.test(text ?? "") && Number(/\s(\d+(?:\.\d)?)\/100$/.exec(text ?? "")?.[1]) > 100)).toBe(false);
  });
});
