import { divisionTask } from "../../../src/domain/import/divisionTask";
import { divisionTaskProblems } from "../../../src/domain/import/divisionTaskProblems";
import { excerpt } from "../../../src/domain/import/excerpt";
import { hasWords } from "../../../src/domain/import/hasWords";
import { sourceLocation } from "../../../src/domain/import/sourceLocation";
import { parseResponsibility } from "../../../src/domain/responsibility/parseResponsibility";

const item = (title: string, responsibility: string) => ({ type: "task" as const, title, line: 7, responsibility, responsibilityLine: 8 });

describe("a task of a division document", () => {
  it("takes its place, its figures as target, and a leader named by a heading as inferred", () => {
    const task = divisionTask(
      item("全省耕地保有量保持在553万公顷", "（省国土资源厅牵头）"),
      parseResponsibility("（省国土资源厅牵头）"),
      { section: ["一"], category: "稳定粮食生产", headingLeader: "王纲" },
      "分工方案.txt",
    );
    expect(task).toMatchObject({ id: "", number: "", section: ["一"], category: "稳定粮食生产", leads: ["省国土资源厅"], leaders: ["王纲"], inferred: ["王纲"] });
    expect(task.target).toContain("553万公顷");
    expect(task.source).toEqual({ file: "分工方案.txt", line: 7 });
  });

  it("says what is wrong at the responsibility's line, and an empty title at the task's", () => {
    const problems = divisionTaskProblems(item("——", "（有关部门负责）"), parseResponsibility("（有关部门负责）"), undefined);
    expect(problems.map((problem) => [problem.code, problem.severity, problem.line])).toEqual([
      ["no-department", "error", 8],
      ["empty-title", "error", 7],
    ]);
    expect(problems[0].message).toMatch(/^第8行任务“——”：/);
  });

  it("has the small helpers of the import", () => {
    expect(hasWords("——；")).toBe(false);
    expect(hasWords("（省发展改革委牵头）")).toBe(true);
    expect(excerpt("很长的任务".repeat(10))).toHaveLength(41);
    expect(sourceLocation(undefined)).toEqual({});
    expect(sourceLocation("分工方案.docx", 12)).toEqual({ file: "分工方案.docx", line: 12 });
  });
});
