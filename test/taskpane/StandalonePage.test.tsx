/** @jest-environment jsdom */
import { act } from "react";
import { StandalonePage, type OpenedWorkbook } from "../../src/taskpane/StandalonePage";
import { fail, ok, type Result } from "../../src/domain/problem";
import type { WorkbookDownload } from "../../src/taskpane/services/ledgerService";
import { fakeLedgerService } from "./fakeLedgerService";
import { byText, click, renderInto, settle, type Rendered } from "./renderInto";

let page: Rendered | null = null;

const XLSX_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);

function opener(result: (file: File | null) => Result<OpenedWorkbook>) {
  const opened: (string | null)[] = [];
  const openWorkbook = async (file: File | null) => {
    opened.push(file ? file.name : null);
    return result(file);
  };
  return { opened, openWorkbook };
}

function workbookService(name: string): OpenedWorkbook {
  const { service } = fakeLedgerService({ host: "browser" });
  return { ...service, workbookName: name, download: async () => ({ fileName: name, bytes: XLSX_BYTES }) };
}

async function chooseFile(input: HTMLInputElement | null, file: File): Promise<void> {
  if (!input) throw new Error("no file input");
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

describe("StandalonePage", () => {
  test("opening a workbook shows the app on it, and the download is named after it", async () => {
    const { opened, openWorkbook } = opener((file) => ok(workbookService(file?.name ?? "")));
    const saved: WorkbookDownload[] = [];
    page = await renderInto(<StandalonePage initialLang="zh" openWorkbook={openWorkbook} onSave={(download) => saved.push(download)} />);
    expect(page.container.textContent).toContain("文件只在本机处理，不会上传");
    await chooseFile(page.container.querySelector('input[data-testid="open-workbook"]'), new File([XLSX_BYTES], "2011年分工方案.xlsx"));
    expect(opened).toEqual(["2011年分工方案.xlsx"]);
    expect(page.container.querySelector('[data-testid="workbook-name"]')?.textContent).toBe("当前工作簿：2011年分工方案.xlsx");
    expect(page.container.querySelector('[role="tab"][aria-selected="true"] .fui-Tab__content')?.textContent).toBe("1 检查分工");
    await click(byText(page.container, "下载工作簿"));
    expect(saved).toEqual([{ fileName: "2011年分工方案（督查台账）.xlsx", bytes: XLSX_BYTES }]);
  });

  test("a file that cannot be opened shows why, and the page stays ready for another", async () => {
    const problem = {
      code: "unreadable-file",
      severity: "error" as const,
      file: "旧表.xls",
      message: "文件“旧表.xls”是旧版 Excel 97-2003 (.xls) 或 WPS (.et) 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再打开。",
      messageEn: 'The file "旧表.xls" is an old Excel 97-2003 (.xls) file.',
    };
    const { openWorkbook } = opener(() => fail([problem]));
    page = await renderInto(<StandalonePage initialLang="zh" openWorkbook={openWorkbook} onSave={() => undefined} />);
    await chooseFile(page.container.querySelector('input[data-testid="open-workbook"]'), new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], "旧表.xls"));
    const item = page.container.querySelector<HTMLElement>("li.ledger-problem");
    expect(item?.dataset.code).toBe("unreadable-file");
    expect(item?.textContent).toContain("另存为");
    expect(page.container.querySelector('[data-testid="start-blank"]')).not.toBeNull();
  });

  test("start blank opens an empty workbook on the import step; the language switch changes the whole page", async () => {
    const { opened, openWorkbook } = opener(() => {
      const { service } = fakeLedgerService({ host: "browser", sheets: [] });
      return ok({ ...service, download: async () => ({ fileName: "新建工作簿.xlsx", bytes: XLSX_BYTES }) });
    });
    page = await renderInto(<StandalonePage initialLang="zh" openWorkbook={openWorkbook} onSave={() => undefined} />);
    await click(page.container.querySelector('[data-lang="en"]'));
    expect(page.container.querySelector("h1")?.textContent).toBe("Progress Ledger");
    await click(page.container.querySelector('[data-testid="start-blank"]'));
    expect(opened).toEqual([null]);
    expect(page.container.querySelector('[role="tab"][aria-selected="true"] .fui-Tab__content')?.textContent).toBe("Import text");
    await click(page.container.querySelector('[data-lang="zh"]'));
    expect(page.container.querySelector('[role="tab"][aria-selected="true"] .fui-Tab__content')?.textContent).toBe("从文本导入");
  });
});
