/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { fakeLedgerService, fakeLedgerServiceWithSteps } from "./fakeLedgerService";
import { byText, click, renderInto, settle, type Rendered, stepControl } from "./renderInto";

let page: Rendered | null = null;

async function checkedPage(service: Parameters<typeof App>[0]["service"], lang: "zh" | "en" = "zh"): Promise<Rendered> {
  const rendered = await renderInto(<App service={service} lang={lang} />);
  await click(rendered.container.querySelector('[data-testid="run-check"]'));
  return rendered;
}

describe("App, step 2 (导入进展)", () => {
  test("asks for the check first", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(stepControl(page.container, "progress"));
    expect(page.container.textContent).toContain("请先在第 1 步检查分工，读出任务。");
  });

  test("says so when the service has no progress engine", async () => {
    const { service } = fakeLedgerService();
    page = await checkedPage(service);
    await click(stepControl(page.container, "progress"));
    expect(page.container.textContent).toContain("进展导入功能尚在完善中");
  });

  test("offers the other sheets (those whose content looks like progress chosen), the period the reports name, and shows ratios and statuses", async () => {
    const { service, ledgerCalls } = fakeLedgerServiceWithSteps();
    page = await checkedPage(service);
    await click(stepControl(page.container, "progress"));
    const boxes = Array.from(page.container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    const labels = boxes.map((box) => page?.container.querySelector(`label[for="${box.id}"]`)?.textContent);
    expect(labels).toEqual(["省经委进展", "各市汇总"]);
    expect(boxes.map((box) => box.checked)).toEqual([true, false]);
    const asOf = page.container.querySelector<HTMLInputElement>('input[data-testid="as-of"]');
    expect(asOf?.value).toBe("2007-10-31");
    expect(page.container.textContent).toContain("按进展表中写明的最新期间取默认日期。");

    await click(boxes[1]);
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    expect(ledgerCalls.buildProgress).toHaveLength(1);
    expect(ledgerCalls.buildProgress[0]).toMatchObject({ asOf: "2007-10-31", sheets: ["省经委进展", "各市汇总"], fileIds: [], resolutions: {} });
    expect(ledgerCalls.buildProgress[0].check.sheet).toBe("分工方案");

    expect(page.container.textContent).toContain("序时进度 83.3%；读取进展 5 行，已对应任务 4 行。");
    const rows = Array.from(page.container.querySelectorAll<HTMLElement>("tr[data-status]")).map((row) => [row.dataset.taskId, row.querySelector("[data-ratio]")?.textContent, row.querySelector("[data-status]")?.textContent]);
    expect(rows).toEqual([
      ["1", "84.6%", "序时推进"],
      ["2", "—", "未报送"],
      ["3", "79.8%", "滞后"],
      ["4", "102.0%", "已完成"],
    ]);
  });

  test("an unmatched row is resolved with the dropdown of tasks and the outcome recomputed with that choice", async () => {
    const { service, ledgerCalls } = fakeLedgerServiceWithSteps();
    page = await checkedPage(service);
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    const row = page.container.querySelector<HTMLElement>('[data-row-key="|省经委进展|C14"]');
    expect(row?.textContent).toContain("省经委进展!C14");
    expect(row?.textContent).toContain("全省工业用电量");
    await click(row?.querySelector("button"));
    const options = Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).map((option) => option.textContent);
    // 不计入 first, then the likely tasks (4, 1), then the others.
    expect(options.map((text) => text?.split(" ")[0])).toEqual(["不计入", "4", "1", "2", "3"]);
    await click(Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).find((option) => option.textContent?.startsWith("1 ")));
    await settle();
    await click(byText(page.container, "按所选重新计算"));
    expect(ledgerCalls.buildProgress.at(-1)?.resolutions).toEqual({ "|省经委进展|C14": "1" });
    expect(page.container.querySelector('[data-testid="progress-stale"]')).toBeNull();
    // The row is no longer unmatched: it is listed as assigned, with its task changeable and an undo.
    const assigned = page.container.querySelector<HTMLElement>('[data-assigned-key="|省经委进展|C14"]');
    expect(assigned?.textContent).toContain("全省工业用电量");
    expect(page.container.querySelector('[data-testid="assigned-rows"]')?.previousElementSibling?.textContent).toContain("撤销");
    await click(assigned?.querySelector('[data-testid="undo-assignment"]'));
    expect(page.container.querySelector('[data-testid="progress-stale"]')?.textContent).toContain("已过期");
    await click(page.container.querySelector('[data-testid="apply-assigned"]'));
    expect(ledgerCalls.buildProgress.at(-1)?.resolutions).toEqual({});
    expect(page.container.querySelector('[data-assigned-key="|省经委进展|C14"]')).toBeNull();
    expect(page.container.querySelector('[data-row-key="|省经委进展|C14"]')).not.toBeNull();
  });

  test("progress problems in the workbook go to their cell; those of separate files are not clickable", async () => {
    const { service, calls } = fakeLedgerServiceWithSteps();
    page = await checkedPage(service);
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    const conflict = page.container.querySelector<HTMLElement>('li.ledger-problem[data-code="conflicting-reports"]');
    const outsider = page.container.querySelector<HTMLElement>('li.ledger-problem[data-code="not-responsible"]');
    expect(outsider?.querySelector("button")).toBeNull();
    await click(conflict?.querySelector("button"));
    expect(calls.selectCell).toEqual([["省经委进展", "C5"]]);
  });
});

describe("App, step 3 (生成台账)", () => {
  async function progressDone(options: Parameters<typeof fakeLedgerServiceWithSteps>[0] = {}, lang: "zh" | "en" = "zh") {
    const fake = fakeLedgerServiceWithSteps(options);
    page = await checkedPage(fake.service, lang);
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    await click(stepControl(page.container, "write"));
    return { ...fake, container: page.container };
  }

  test("previews the counts, writes, says where, and offers the circular's paragraph", async () => {
    const { container, ledgerCalls } = await progressDone();
    expect(ledgerCalls.planLedger).toEqual(["zh"]);
    expect(container.querySelector('[data-testid="ledger-plan"]')?.textContent).toContain("台账工作表“台账 2007-10”：任务 4 项");
    const statuses = Array.from(container.querySelectorAll<HTMLElement>("[data-status]")).map((badge) => badge.dataset.status);
    expect(statuses).toEqual(["done", "no-report", "lagging", "on-schedule"]);
    await click(container.querySelector('[data-testid="write-ledger"]'));
    expect(ledgerCalls.writeLedger).toEqual(["zh"]);
    expect(container.querySelector('[data-testid="ledger-written"]')?.textContent).toBe("已写入“台账 2007-10”和“通报汇总 2007-10”，并已切换到台账。");
    expect(container.querySelector<HTMLTextAreaElement>('textarea[data-testid="circular"]')?.value).toMatch(/^截至10月末，列入本次通报的量化指标任务共3项/);
    expect(byText(container, "复制")).toBeDefined();
  });

  test("asks before overwriting the clerk's hand edits, and writes nothing when cancelled", async () => {
    const { container, ledgerCalls } = await progressDone({ wouldOverwrite: ["台账 2007-10!K5（完成值）"] });
    await click(container.querySelector('[data-testid="write-ledger"]'));
    const dialog = document.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain("台账 2007-10!K5（完成值）");
    await click(byText(document.body, "取消"));
    expect(ledgerCalls.writeLedger).toEqual([]);
    await click(container.querySelector('[data-testid="write-ledger"]'));
    await click(document.querySelector('[data-testid="confirm"]'));
    expect(ledgerCalls.writeLedger).toEqual(["zh"]);
  });

  test("an English pane writes English sheets", async () => {
    const { container, ledgerCalls } = await progressDone({}, "en");
    await click(container.querySelector('[data-testid="write-ledger"]'));
    expect(ledgerCalls.planLedger).toEqual(["en"]);
    expect(ledgerCalls.writeLedger).toEqual(["en"]);
    expect(container.querySelector('[data-testid="ledger-written"]')?.textContent).toContain('Wrote "台账 2007-10"');
  });
});

test("an unmatched row asks for a choice until the clerk makes one", async () => {
  const { service } = fakeLedgerServiceWithSteps();
  page = await checkedPage(service);
  await click(stepControl(page.container, "progress"));
  await click(page.container.querySelector('[data-testid="run-progress"]'));
  const dropdown = page.container.querySelector<HTMLElement>('[data-row-key="|省经委进展|C14"] button[role="combobox"]');
  expect(dropdown?.textContent).toBe("选择对应的任务");
  await click(dropdown);
  await click(Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).find((option) => option.textContent === "不计入"));
  expect(page.container.querySelector('[data-row-key="|省经委进展|C14"] button[role="combobox"]')?.textContent).toBe("不计入");
});
