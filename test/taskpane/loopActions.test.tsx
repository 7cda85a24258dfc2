/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { CheckSummary, LedgerService, ProgressOutcome } from "../../src/taskpane/services/ledgerService";
import { fakeLedgerServiceWithSteps } from "./fakeLedgerService";
import { click, renderInto, type Rendered, stepControl } from "./renderInto";

let page: Rendered | null = null;
const downloads: { name: string }[] = [];
beforeAll(() => {
  URL.createObjectURL = jest.fn(() => "blob:progress-ledger");
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download });
  });
});
afterEach(() => {
  downloads.length = 0;
});

const NOT_REPORTED = [
  { department: "省统计局", reportedNothing: true, tasks: [{ id: "11", title: "全部工业总产值完成" }] },
  { department: "省经委", reportedNothing: false, tasks: [{ id: "6", title: "组织推广工业节能降耗项目30项" }] },
];

function loopService(): { service: LedgerService; templates: [CheckSummary, string][]; notices: [ProgressOutcome, string][] } {
  const { service } = fakeLedgerServiceWithSteps();
  const templates: [CheckSummary, string][] = [];
  const notices: [ProgressOutcome, string][] = [];
  const buildProgress = service.buildProgress;
  return {
    templates,
    notices,
    service: {
      ...service,
      buildProgress: async (request) => ({ ...(await buildProgress!(request)), notReported: NOT_REPORTED }),
      makeTemplates: async (check, asOf) => {
        templates.push([check, asOf]);
        return { fileName: "进展填报表-2007年1-10月.zip", bytes: new Uint8Array([80, 75]) };
      },
      makeNotices: async (progress, issued) => {
        notices.push([progress, issued]);
        return { fileName: "督办单和通报-2007年1-10月.zip", bytes: new Uint8Array([80, 75]) };
      },
    },
  };
}

describe("App, step 3: report templates, 催报 and supervision notices", () => {
  test("downloads the templates once the tasks are read, and asks for progress before the notices", async () => {
    const { service, templates } = loopService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(page.container.querySelector('[data-testid="run-check"]'));
    await click(stepControl(page.container, "write"));
    const notices = page.container.querySelector<HTMLButtonElement>('[data-testid="download-notices"]');
    expect(notices?.disabled).toBe(true);
    expect(page.container.textContent).toContain("督办单和通报需先在第 2 步导入进展。");
    await click(page.container.querySelector('[data-testid="download-templates"]'));
    expect(templates).toHaveLength(1);
    expect(templates[0][0].sheet).toBe("分工方案");
    expect(templates[0][1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(downloads.map((download) => download.name)).toEqual(["进展填报表-2007年1-10月.zip"]);
    expect(page.container.querySelector('[data-testid="loop-downloaded"]')?.textContent).toContain("进展填报表-2007年1-10月.zip");
  });

  test("after the progress import lists the departments to remind and makes the notices with today's date", async () => {
    const { service, notices } = loopService();
    page = await renderInto(<App service={service} lang="zh" />);
    await click(page.container.querySelector('[data-testid="run-check"]'));
    await click(stepControl(page.container, "progress"));
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    await click(stepControl(page.container, "write"));
    const list = page.container.querySelector('[data-testid="not-reported"]');
    expect(list?.textContent).toContain("省统计局：1项任务：11 全部工业总产值完成");
    expect(list?.textContent).toContain("省经委：1项任务：6 组织推广工业节能降耗项目30项");
    await click(page.container.querySelector('[data-testid="download-notices"]'));
    expect(notices).toHaveLength(1);
    expect(notices[0][0].notReported).toEqual(NOT_REPORTED);
    expect(notices[0][1]).toBe(new Date().toISOString().slice(0, 10));
    expect(downloads.map((download) => download.name)).toEqual(["督办单和通报-2007年1-10月.zip"]);
  });

  test("shows nothing of it when the service cannot make templates", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await renderInto(<App service={service} lang="en" />);
    await click(page.container.querySelector('[data-testid="run-check"]'));
    await click(stepControl(page.container, "write"));
    expect(page.container.querySelector('[data-testid="loop-actions"]')).toBeNull();
  });
});
