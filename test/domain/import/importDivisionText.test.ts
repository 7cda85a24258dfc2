import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importDivisionText } from "../../../src/domain/import/importDivisionText";
import { validateTasks } from "../../../src/domain/validation/validateTasks";
import type { ImportedDivision } from "../../../src/domain/import/importDivisionText";
import {
  DIVISION_2011_FILE,
  DIVISION_2011_TASKS,
  DIVISION_2011_TASK_COUNT,
  DIVISION_2011_UNPLACED_LINE,
} from "../../fixtures/division2011";

const DOCUMENT = readFileSync(join(__dirname, "..", "..", "..", "..", "shared", "domain", DIVISION_2011_FILE), "utf8");
const compact = (text: string): string => text.replace(/[\s\u3000]+/g, "");

function imported(text: string): ImportedDivision {
  const result = importDivisionText(text, { file: DIVISION_2011_FILE });
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.code}: ${problem.message}`).join("\n"));
  return result.value;
}

describe("importDivisionText — the whole of 003", () => {
  const division = imported(DOCUMENT);

  it(`finds the ${DIVISION_2011_TASK_COUNT} tasks of section 二`, () => {
    expect(DIVISION_2011_TASK_COUNT).toBe(146);
    expect(division.tasks).toHaveLength(DIVISION_2011_TASK_COUNT);
  });

  it("reads every task's line, title, category, responsibility text, leads, supporting departments and kind as the fixture", () => {
    const mismatches: string[] = [];
    DIVISION_2011_TASKS.forEach((expected, index) => {
      const task = division.tasks[index];
      const name = `task ${index + 1} (line ${expected.line}, “${expected.titleStart}…”)`;
      if (!task) {
        mismatches.push(`${name}: missing`);
        return;
      }
      const actual = {
        line: task.source.line,
        titleStart: compact(task.title).startsWith(compact(expected.titleStart)),
        category: task.category,
        responsibilityText: compact(task.responsibilityText ?? ""),
        leads: task.leads,
        supporting: task.supporting,
        kind: task.responsibility,
      };
      const wanted = {
        line: expected.line,
        titleStart: true,
        category: expected.category,
        responsibilityText: compact(expected.responsibilityText),
        leads: expected.leads,
        supporting: expected.supporting,
        kind: expected.kind,
      };
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) mismatches.push(`${name}:\n  got  ${JSON.stringify(actual)}\n  want ${JSON.stringify(wanted)}`);
    });
    expect(mismatches).toEqual([]);
  });

  it("numbers the tasks by the document's own numbering (一-1 … 十三-2-1: 003 prints none of its own) and records the file", () => {
    expect(division.tasks.map((task) => task.id)).toEqual(DIVISION_2011_TASKS.map((task) => task.id));
    expect(division.tasks.every((task) => task.number === "")).toBe(true);
    expect(division.tasks[0].source).toEqual({ file: DIVISION_2011_FILE, line: 20 });
    expect(division.tasks[0].title).toBe("耕地保有量保持在553万公顷。");
  });

  it("splits the paragraph of line 180 into its two tasks, each with its own bracket", () => {
    const onLine180 = division.tasks.filter((task) => task.source.line === 180);
    expect(onLine180.map((task) => task.title)).toEqual([
      "推动东中西部分工协作、良性互动发展。积极推进延龙图一体化及通化（白山）－丹东经济带建设。",
      "把以长吉为核心，四平、辽源、松原为支点的中部城市群打造成为东北地区新的增长极。",
    ]);
    expect(onLine180[1].supporting).toEqual(["长春市政府", "吉林市政府", "四平市政府", "辽源市政府", "松原市政府"]);
  });

  it("keeps a paragraph of several sentences whole, brackets in the text included", () => {
    const livestock = division.tasks.find((task) => task.source.line === 56);
    expect(livestock?.title).toBe(
      "建设全国重要的优质畜产品生产基地。扎实推进畜牧业三年攻坚，组织实施粮变肉、精深加工、乳品跃升等畜牧业扩能升级六大工程。加大政策扶持力度，加快建设15个省级畜牧业产业园区，每年重点支持建成1000个标准化规模养殖场（小区）。加快构建畜产品质量安全监管体系和动物疫病防控体系。",
    );
  });

  it("reports line 44 (no bracket, under （一）约束性指标) as unplaced text, and skips the preamble sections with a note", () => {
    const warnings = division.problems.filter((problem) => problem.severity !== "info");
    expect(warnings.map((problem) => [problem.code, problem.severity, problem.line])).toEqual([["unplaced-text", "warning", DIVISION_2011_UNPLACED_LINE]]);
    expect(warnings[0].message).toContain("耕地保有量、单位地区生产总值能源消耗降幅");
    const skipped = division.problems.filter((problem) => problem.code === "skipped-section").map((problem) => problem.message);
    expect(skipped).toHaveLength(3);
    expect(skipped.some((message) => message.includes("一、分工原则"))).toBe(true);
    expect(skipped.some((message) => message.includes("三、工作要求"))).toBe(true);
  });

  it("passes validation with only the document's real problems: its four 按职责分工负责 tasks", () => {
    const problems = validateTasks(division.tasks, { sheet: "任务分解表", file: DIVISION_2011_FILE });
    expect(problems.map((problem) => problem.code)).toEqual(["joint-responsibility", "joint-responsibility", "joint-responsibility", "joint-responsibility"]);
    expect(problems.every((problem) => problem.severity === "warning")).toBe(true);
  });

  it("gives only the four 按职责分工负责 tasks joint responsibility", () => {
    expect(division.tasks.filter((task) => task.responsibility === "joint").map((task) => task.source.line)).toEqual([22, 38, 320, 328]);
    expect(division.tasks.filter((task) => task.responsibility === "lead" && task.leads.length !== 1)).toEqual([]);
  });
});

describe("importDivisionText — targets of 003", () => {
  const division = imported(DOCUMENT);
  const targetOf = (line: number): string | undefined => division.tasks.find((task) => task.source.line === line)?.target;

  it("fills the target with the figures of the task text, joined by ；", () => {
    expect(targetOf(20)).toBe("耕地保有量保持在553万公顷");
    expect(targetOf(26)).toBe("单位地区生产总值能源消耗降低16％");
    expect(targetOf(34)).toBe("全省总人口控制在2787万人以内");
    expect(targetOf(30)).toBe("化学需氧量排放减少8.8％；二氧化硫排放减少2.7％；氨氮排放减少10.5％；氮氧化物排放减少6.9％");
  });

  it("leaves the target of a task without figures empty", () => {
    expect(targetOf(88)).toBe("");
  });
});
