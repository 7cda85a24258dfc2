/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { ChangedReport } from "../../src/domain/records/keepRecordedReports";
import type { LedgerService, ProgressRequest } from "../../src/taskpane/services/ledgerService";
import { fakeLedgerServiceWithSteps } from "./fakeLedgerService";
import { click, renderInto, type Rendered, stepControl } from "./renderInto";

let page: Rendered | null = null;

const CHANGED: ChangedReport = { period: "2007-10", department: "省金融办", file: "省金融办-2007年1-10月进展填报表.xlsx", sheet: "进展填报", recordedAt: "2007-11-03 09:30", kept: "recorded", cell: "G2" };

/** Step 2 of the fake as the real service answers: the recorded figures kept until the clerk confirms. */
function changedService(): { service: LedgerService; requests: ProgressRequest[] } {
  const { service } = fakeLedgerServiceWithSteps();
  const requests: ProgressRequest[] = [];
  const buildProgress = service.buildProgress;
  return {
    requests,
    service: {
      ...service,
      buildProgress: async (request) => {
        requests.push(request);
        const changed: ChangedReport = request.confirmChanged === true ? { ...CHANGED, kept: "new", reason: "confirmed" } : CHANGED;
        return { ...(await buildProgress!(request)), changedReports: [changed] };
      },
    },
  };
}

async function runStep2(service: LedgerService): Promise<Rendered> {
  const rendered = await renderInto(<App service={service} lang="zh" />);
  await click(rendered.container.querySelector('[data-testid="run-check"]'));
  await click(stepControl(rendered.container, "progress"));
  await click(rendered.container.querySelector('[data-testid="run-progress"]'));
  return rendered;
}

const dialog = () => document.body.querySelector<HTMLElement>('[data-testid="changed-reports"]');

describe("App, step 2: a recorded report that changed", () => {
  test("lists the changed reports and keeps the recorded figures when the clerk says so", async () => {
    const { service, requests } = changedService();
    page = await runStep2(service);
    expect(dialog()?.textContent).toContain("已登记的报送内容有变化");
    expect(dialog()?.textContent).toContain("省金融办：“省金融办-2007年1-10月进展填报表.xlsx”（2007-10期，2007-11-03 09:30登记）");
    await click(document.body.querySelector('[data-testid="keep-recorded-figures"]'));
    expect(dialog()).toBeNull();
    expect(requests.map((request) => request.confirmChanged)).toEqual([undefined]);
    // Computed again (another assignment, new settings): the answer stands.
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    expect(requests).toHaveLength(2);
    expect(dialog()).toBeNull();
  });

  test("computes again with the new figures when the clerk chooses them, and is not asked again", async () => {
    const { service, requests } = changedService();
    page = await runStep2(service);
    await click(document.body.querySelector('[data-testid="use-new-figures"]'));
    expect(requests.map((request) => request.confirmChanged)).toEqual([undefined, true]);
    expect(dialog()).toBeNull();
    // Computing again later keeps the choice.
    await click(page.container.querySelector('[data-testid="run-progress"]'));
    expect(requests.map((request) => request.confirmChanged)).toEqual([undefined, true, true]);
    expect(dialog()).toBeNull();
  });

  test("does not ask when nothing recorded changed", async () => {
    const { service } = fakeLedgerServiceWithSteps();
    page = await runStep2(service);
    expect(dialog()).toBeNull();
  });
});
