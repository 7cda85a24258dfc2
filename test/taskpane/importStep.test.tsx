/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { Task } from "../../src/domain/task";
import { fakeLedgerService } from "./fakeLedgerService";
import { byText, click, renderInto, typeInto, type Rendered } from "./renderInto";

let page: Rendered | null = null;

/** Two paragraphs of the 2011 division document (examples/分工方案2011.txt) and the tasks the importer recognises in them. */
const DOCUMENT = ["（一）约束性指标。", "耕地保有量保持在553万公顷。（省国土资源厅牵头）", "城乡三项基本医疗保险参保率达到92％。（省人力资源社会保障厅、省卫生厅按职责分工负责）"].join("\n");
const IMPORTED: Task[] = [
  { id: "一-1", number: "", title: "耕地保有量保持在553万公顷。", category: "（一）约束性指标", target: "553万公顷", leads: ["省国土资源厅"], supporting: [], responsibility: "lead", deadline: null, source: { line: 2 } },
  {
    id: "一-2",
    number: "",
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
    // Unnumbered tasks show the id numbered within their heading, with the line they stand on.
    expect(rows).toEqual([
      ["一-1第2行", "耕地保有量保持在553万公顷。", "省国土资源厅", "牵头"],
      ["一-2第3行", "城乡三项基本医疗保险参保率达到92％。", "—", "按职责分工"],
    ]);
    // The category heads its tasks once.
    expect(Array.from(page.container.querySelectorAll("tr[data-category]")).map((row) => row.textContent)).toEqual(["（一）约束性指标"]);
    const problem = page.container.querySelector<HTMLElement>("li.ledger-problem");
    expect(problem?.dataset.code).toBe("joint-responsibility");
    expect(problem?.textContent).toContain("第3行");
    expect(problem?.querySelector("button")).toBeNull();
  });

  test("the preview shows printed numbers, supporting units, leaders and inferred names marked for checking", async () => {
    // 广州 2006 (一) and 咸安 2023 1. as the importer reads them (test/fixtures/corpus/divisions).
    const tasks: Task[] = [
      {
        id: "一",
        number: "(一)",
        title: "加快建设东部、花都、南沙三大汽车产业基地。",
        category: "",
        target: "",
        leads: ["市经贸委"],
        supporting: ["市发改委", "市国土房管局"],
        responsibility: "lead",
        deadline: null,
        leaders: ["杜新国"],
        inferred: ["市国土房管局"],
        source: { line: 14 },
      },
    ];
    const { service } = fakeLedgerService({ imported: { tasks, problems: [] } });
    page = await renderInto(<App service={service} lang="zh" />);
    await pasteAndRecognise(page.container);
    const row = page.container.querySelector("tr[data-task-id]");
    expect(row?.querySelector("[data-number]")?.textContent).toBe("(一)");
    expect(row?.querySelector("[data-supporting]")?.textContent).toBe("配合：市发改委、市国土房管局＊");
    expect(row?.querySelector("[data-leaders]")?.textContent).toBe("领导：杜新国");
    expect(Array.from(row?.querySelectorAll("[data-inferred]") ?? []).map((element) => element.getAttribute("data-inferred"))).toEqual(["市国土房管局"]);
    expect(page.container.querySelector('[data-testid="inferred-note"]')?.textContent).toContain("推断补全");
  });

  test("asks which level to read where the document lists several, and offers the other reading of unmarked lists", async () => {
    const { service, calls } = fakeLedgerService({
      imported: { tasks: IMPORTED, problems: [], levels: ["省", "市"], level: "市", convention: { reading: "first-listed", tasks: 2 } },
    });
    page = await renderInto(<App service={service} lang="zh" />);
    await pasteAndRecognise(page.container);
    const level = page.container.querySelector('[data-testid="import-level"]');
    expect(level?.textContent).toContain("省级");
    expect(page.container.querySelector('[data-testid="import-unmarked"]')?.textContent).toContain("共同负责");
    await click(Array.from(level?.querySelectorAll("input") ?? []).find((input) => input.value === "省"));
    expect(calls.importChoices.at(-1)).toEqual({ level: "省" });
    await click(Array.from(page.container.querySelectorAll('[data-testid="import-unmarked"] input')).find((input) => (input as HTMLInputElement).value === "joint"));
    expect(calls.importChoices.at(-1)).toEqual({ level: "省", unmarked: "joint" });
    expect(calls.importText).toHaveLength(3);
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
