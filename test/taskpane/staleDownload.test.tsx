/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { fakeLedgerServiceWithSteps } from "./fakeLedgerService";
import { byText, click, renderInto, stepControl, typeInto, type Rendered } from "./renderInto";

let page: Rendered | null = null;
afterEach(() => {
  page?.unmount();
  page = null;
  document.body.innerHTML = "";
});

/** The page's App with its download: step 2 computed and the ledger written, then the as-of date changed. */
async function staleAfterWriting() {
  const fake = fakeLedgerServiceWithSteps({ host: "browser" });
  const downloads: number[] = [];
  page = await renderInto(
    <App
      service={fake.service}
      lang="zh"
      onDownload={() => downloads.push(downloads.length + 1)}
      header={(download) => (
        <button type="button" data-testid="bar-download" onClick={download}>
          下载工作簿
        </button>
      )}
    />,
  );
  await click(page.container.querySelector('[data-testid="run-check"]'));
  await click(stepControl(page.container, "progress"));
  await click(page.container.querySelector('[data-testid="run-progress"]'));
  await click(stepControl(page.container, "write"));
  await click(page.container.querySelector('[data-testid="write-ledger"]'));
  await click(stepControl(page.container, "progress"));
  const asOf = page.container.querySelector<HTMLInputElement>('input[data-testid="as-of"]');
  if (!asOf) throw new Error("no as-of input");
  await typeInto(asOf, "2007-09-30");
  return { ...fake, downloads, container: page.container };
}

describe("a download always holds what the screen shows", () => {
  test("while results are out of date, the download asks; cancelled, nothing is downloaded", async () => {
    const { container, downloads, ledgerCalls } = await staleAfterWriting();
    expect(container.querySelector('[data-testid="progress-stale"]')).not.toBeNull();
    await click(container.querySelector('[data-testid="bar-download"]'));
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain("结果已过期，先重新计算再下载");
    await click(byText(document.body, "取消"));
    expect(downloads).toEqual([]);
    expect(ledgerCalls.buildProgress).toHaveLength(1);
  });

  test("confirmed, step 2 is recomputed at the new date, the ledger written again, then the workbook downloaded", async () => {
    const { container, downloads, ledgerCalls } = await staleAfterWriting();
    await click(container.querySelector('[data-testid="bar-download"]'));
    await click(document.querySelector('[data-testid="confirm"]'));
    expect(ledgerCalls.buildProgress.map((request) => request.asOf)).toEqual(["2007-10-31", "2007-09-30"]);
    expect(ledgerCalls.writeLedger).toEqual(["zh", "zh"]);
    expect(downloads).toEqual([1]);
    expect(container.querySelector('[data-testid="progress-stale"]')).toBeNull();
  });

  test("step 3 says why writing waits and offers the recompute; results up to date, the download is not asked about", async () => {
    const { container, downloads, ledgerCalls } = await staleAfterWriting();
    await click(stepControl(container, "write"));
    expect(container.querySelector('[data-testid="write-stale"]')?.textContent).toContain("请先点“重新计算”");
    expect(container.querySelector<HTMLButtonElement>('[data-testid="write-ledger"]')?.disabled).toBe(true);
    await click(container.querySelector('[data-testid="recompute-stale"]'));
    expect(ledgerCalls.buildProgress).toHaveLength(2);
    expect(ledgerCalls.writeLedger).toEqual(["zh", "zh"]);
    expect(container.querySelector('[data-testid="write-stale"]')).toBeNull();
    await click(container.querySelector('[data-testid="bar-download"]'));
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(downloads).toEqual([1]);
  });
});
