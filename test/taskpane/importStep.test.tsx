/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { Task } from "../../src/domain/task";
import { fakeLedgerService } from "./fakeLedgerService";
import { byText, click, renderInto, typeInto, type Rendered } from "./renderInto";

let page: Rendered | null = null;
afterEach(() => {
  page?.unmount();
  page = null;
  document.body.innerHTML = "";
});

/** Two paragraphs of the 2011 division document (examples/分工方案2011.txt) and the tasks the importer recognises in them. */
const DOCUMENT = ["（一）约束性指标。", "耕地保有量保持在553万公顷。（省国土资源厅牵头）", "城乡三项基本医疗保险参保率达到92％。（省人力资源社会保障厅、省卫生厅按职责分工负责）"].join("\n");
const IMPORTED: Task[] = [
  { id: "1", title: "耕地保有量保持在553万公顷。", category: "（一）约束性指标", target: "553万公顷", leads: ["省国土资源厅"], supporting: [], responsibility: "lead", deadline: null, source: { line: 2 } },
  {
    id: "2",
    title: "城乡三项基本医疗保险参保率达到92％。",
    category: "（一）约束性指标",
    target: "92%",
    leads: [],
    supporting: ["省人力资源社会保障厅", "省卫生厅"],
    responsibility: "joint",
    deadline: null,
    source: { line: 3 },
  },
];
const JOINT_WARNING = {
  code: "joint-responsibility",
  severity: "warning" as const,
  line: 3,
  message: "“省人力资源社会保障厅、省卫生厅按职责分工负责”没有单一牵头部门。如需一个牵头部门，请在任务表中指定。",
  messageEn: "Joint responsibility: no single lead department.",
};

async function pasteAndRecognise(container: HTMLElement): Promise<void> {
  await click(Array.from(container.querySelectorAll('[role="tab"]')).find((tab) => tab.querySelector(".fui-Tab__content")?.textContent === "从文本导入"));
  const textarea = container.querySelector<HTMLTextAreaElement>('textarea[data-testid="import-text"]');
  if (!textarea) throw new Error("no textarea");
  await typeInto(textarea, DOCUMENT);
  await click(byText(container, "识别任务"));
}

describe("App, 从文本导入", () => {
  test("pasted text is recognised and previewed with leads, kinds and problems by line", async () => {
    const { service, calls } = fakeLedgerService({ imported: { tasks: IMPORTED, problems: [JOINT_WARNING] } });
    page = await renderInto(<App service={service} lang="zh" />);
    await pasteAndRecognise(page.container);
    expect(calls.importText).toEqual([DOCUMENT]);
    expect(page.container.querySelector('[data-testid="import-count"]')?.textContent).toBe("识别出任务 2 项");
    const rows = Array.from(page.container.querySelectorAll("tr[data-task-id]")).map((row) => [
      ...Array.from(row.querySelectorAll("td")).slice(0, 2).map((cell) => cell.textContent),
      row.querySelector("[data-leads]")?.textContent,
      row.querySelector("[data-kind]")?.textContent,
    ]);
    expect(rows).toEqual([
      ["2", "耕地保有量保持在553万公顷。", "省国土资源厅", "牵头"],
      ["3", "城乡三项基本医疗保险参保率达到92％。", "—", "按职责分工"],
    ]);
    // The category heads its tasks once.
    expect(Array.from(page.container.querySelectorAll("tr[data-category]")).map((row) => row.textContent)).toEqual(["（一）约束性指标"]);
    const problem = page.container.querySelector<HTMLElement>("li.ledger-problem");
    expect(problem?.dataset.code).toBe("joint-responsibility");
    expect(problem?.textContent).toContain("第3行");
    expect(problem?.querySelector("button")).toBeNull();
  });

  test("creating the task table writes the sheet and goes straight on to the check of it", async () => {
    const { service, calls } = fakeLedgerService({ imported: { tasks: IMPORTED, problems: [] } });
    page = await renderInto(<App service={service} lang="zh" />);
    await pasteAndRecognise(page.container);
    expect(page.container.querySelector<HTMLInputElement>('input[data-testid="import-sheet-name"]')?.value).toBe("任务分解表");
    await click(byText(page.container, "创建任务表"));
    expect(calls.createTaskSheet).toEqual([["任务分解表", IMPORTED]]);
    expect(calls.check).toEqual([{ sheet: "任务分解表" }]);
    expect(page.container.querySelector('[role="tab"][aria-selected="true"] .fui-Tab__content')?.textContent).toBe("1 检查分工");
    expect(page.container.querySelector('[data-testid="sheet-dropdown"]')?.textContent).toContain("任务分解表");
  });

  test("asks before replacing a sheet of the same name, and does nothing when cancelled", async () => {
    const { service, calls } = fakeLedgerService({ sheets: ["分工方案", "任务分解表"], imported: { tasks: IMPORTED, problems: [] } });
    page = await renderInto(<App service={service} lang="zh" />);
    await pasteAndRecognise(page.container);
    await click(byText(page.container, "创建任务表"));
    expect(calls.createTaskSheet).toEqual([]);
    const dialog = document.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain("工作簿中已有名为“任务分解表”的工作表");
    await click(byText(document.body, "取消"));
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(calls.createTaskSheet).toEqual([]);

    await click(byText(page.container, "创建任务表"));
    await click(document.querySelector('[data-testid="confirm"]'));
    expect(calls.createTaskSheet).toEqual([["任务分解表", IMPORTED]]);
    expect(calls.check).toEqual([{ sheet: "任务分解表" }]);
  });

  test("a sheet name Excel would refuse cannot be used", async () => {
    const { service } = fakeLedgerService({ imported: { tasks: IMPORTED, problems: [] } });
    page = await renderInto(<App service={service} lang="zh" />);
    await pasteAndRecognise(page.container);
    const input = page.container.querySelector<HTMLInputElement>('input[data-testid="import-sheet-name"]');
    if (!input) throw new Error("no sheet name input");
    await typeInto(input, "1/2月任务");
    expect(page.container.textContent).toContain("不能含有");
    expect(byText(page.container, "创建任务表")?.hasAttribute("disabled")).toBe(true);
  });

  test("a blank workbook opens on the import step", async () => {
    const { service } = fakeLedgerService({ sheets: [] });
    page = await renderInto(<App service={service} lang="zh" />);
    expect(page.container.querySelector('[role="tab"][aria-selected="true"] .fui-Tab__content')?.textContent).toBe("从文本导入");
  });
});
