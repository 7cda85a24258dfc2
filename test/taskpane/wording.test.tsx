/** @jest-environment jsdom */
import { zh } from "../../src/taskpane/strings/zh";
import { ProblemList } from "../../src/taskpane/components/ProblemList";
import { parseSettings } from "../../src/domain/settings/parseSettings";
import { separateSheetNames } from "../../src/domain/settings/separateSheetNames";
import { DEFAULT_SETTINGS } from "../../src/domain/evaluation";
import { importDivisionText } from "../../src/app/importDivisionText";
import { wordingFaults } from "../fixtures/wordingFaults";
import { renderInto, type Rendered } from "./renderInto";

let page: Rendered | null = null;
afterEach(() => {
  page?.unmount();
  page = null;
});

/** Every leaf string of a strings module, and every function's result for sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (...args: unknown[]) => unknown)(3, "分工方案", 2))];
  if (value && typeof value === "object") return Object.values(value as Record<string, unknown>).flatMap(texts);
  return [];
}

describe("wording of the Chinese texts", () => {
  test("the helper finds each fault it is meant to find", () => {
    expect(wordingFaults("设置项“临期天数”（dueSoonDays）的值无效")).toEqual(["English key dueSoonDays"]);
    expect(wordingFaults("台账表名中的 {period} 会换成年月")).toEqual(["placeholder {period}"]);
    expect(wordingFaults("第44行 第44行“耕地保有量”没有写明责任单位")).toEqual(["line twice: 第44行 第44行"]);
    expect(wordingFaults("未知的设置项“toString”，已忽略。")).toEqual([]);
  });

  test("no string of the pane and the page has a placeholder, an English key or a line said twice", () => {
    const faults = texts(zh).flatMap((text) => wordingFaults(text).map((fault) => `${fault} in “${text}”`));
    expect(faults).toEqual([]);
  });

  test("the settings' problems name each setting by its Chinese label, its value in Chinese, and the pattern's period as 〈年-月〉", () => {
    const parsed = parseSettings({ expectedProgressMethod: "weekly", levelReachedShown: "x", ledgerSheetName: "台账/{period}", dueSoonDays: 400 });
    const collide = separateSheetNames({ ...DEFAULT_SETTINGS, ledgerSheetName: "月报 {period}", summarySheetName: "月报 {period}" }).problem;
    const problems = [...parsed.problems, ...(collide ? [collide] : [])];
    expect(problems).toHaveLength(5);
    for (const problem of problems) expect(wordingFaults(`${problem.message}（建议：${problem.suggestion ?? ""}）`)).toEqual([]);
    expect(problems[0].message).toContain("已使用默认值“按月”");
  });

  test("a document's problem that names its line is shown with the line once", async () => {
    const imported = importDivisionText("　　二、主要目标\n\n　　（一）约束性指标。\n\n　　耕地保有量保持在553万公顷。\n\n　　森林覆盖率达到44.2％。（省林业厅牵头）", { file: "分工.txt" });
    const named = imported.problems.filter((problem) => problem.line !== undefined && problem.message.includes(`第${problem.line}行`));
    expect(named.length).toBeGreaterThan(0);
    page = await renderInto(<ProblemList problems={named.map(({ file: _, ...problem }) => problem)} />);
    for (const item of Array.from(page.container.querySelectorAll("li.ledger-problem"))) expect(wordingFaults(item.textContent ?? "")).toEqual([]);
  });
});
