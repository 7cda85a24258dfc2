import { createTitleMatcher } from "../../../src/domain/progress/createTitleMatcher";
import { matchProgressRows } from "../../../src/domain/progress/matchProgressRows";
import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { titleSimilarity } from "../../../src/domain/titles/titleSimilarity";
import type { Task } from "../../../src/domain/task";
import { industrialYearTasks } from "./industrialYearTasks";

/** A long table in the words of the 2007 工业项目年 plan: many titles sharing most of their character pairs. */
function longTable(count: number): Task[] {
  const regions = ["全省", "长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边州"];
  const actions = ["组织推动", "加快推进", "组织实施", "完成", "新建", "改造提升"];
  const subjects = ["工业大项目", "技术创新项目", "节能降耗项目", "特色产业园区", "棚户区改造", "农村公路", "污水处理厂"];
  return Array.from({ length: count }, (_, i) => {
    const title = `${regions[i % regions.length]}${actions[(i * 7) % actions.length]}${subjects[(i * 13) % subjects.length]}第${i + 1}批，当年计划投资`;
    return { ...industrialYearTasks()[3], id: String(i + 1), title, source: { sheet: "重点工作任务分解表", row: i + 5 } };
  });
}

function row(title: string, department = "", cell = "B3"): ProgressRow {
  return { title, text: "1-10月完成投资12亿元", department, source: { file: "进展.xlsx", sheet: "Sheet1", cell, row: 3 } };
}

describe("createTitleMatcher", () => {
  it("scores a row's title against one task as titleSimilarity does, its own title as written included", () => {
    const tasks = [...industrialYearTasks(), { ...industrialYearTasks()[0], id: "12", title: "（一）" }, { ...industrialYearTasks()[0], id: "13", title: "" }];
    const matcher = createTitleMatcher(tasks);
    for (const task of tasks) {
      for (const title of [task.title, `${task.title}。`, tasks[0].title, ""]) {
        expect(matcher.score(title, task)).toBeCloseTo(titleSimilarity(title, task.title), 12);
        expect(matcher.scoreAt(title, tasks.indexOf(task))).toBe(matcher.score(title, task));
      }
    }
    // A task not of the table is scored by its own title.
    expect(matcher.score(tasks[3].title, { ...tasks[3] })).toBe(1);
    expect(matcher.score(tasks[3].title, tasks[3])).toBe(1);
  });

  it("knows the tasks whose titles are the same after normalisation, in table order", () => {
    const tasks = industrialYearTasks();
    const twin = { ...tasks[4], id: "5-1" };
    const matcher = createTitleMatcher([...tasks, twin]);
    expect(matcher.exact("（二）组织推进技术创新项目500项,总投资100亿元;当年计划投资。").map((task) => task.id)).toEqual(["5", "5-1"]);
    expect(matcher.exact("技术创新项目")).toEqual([]);
    expect(matcher.exact("")).toEqual([]);
  });

  it("finds in 10,000 alike titles the same best task as comparing with every one", () => {
    const tasks = longTable(10000);
    const matcher = createTitleMatcher(tasks);
    const asked = ["长春市加快推进技术创新项目第1234批", "白城市新建农村公路第9999批项目", "延边州完成污水处理厂第7批", "吉林市组织实施特色产业园区第5003批，当年计划投资", "第4321批"];
    for (const title of asked) {
      const best = tasks.map((task, index) => ({ index, score: titleSimilarity(title, task.title) })).sort((a, b) => b.score - a.score || a.index - b.index)[0];
      const found = matcher.candidates(title, 3)[0];
      expect({ title, id: found.task.id, score: found.score }).toEqual({ title, id: tasks[best.index].id, score: best.score });
    }
  });

  it("lists every task with the exact title first when several share it", () => {
    const tasks = industrialYearTasks();
    const matcher = createTitleMatcher([...tasks, { ...tasks[0], id: "1-1" }]);
    const found = matcher.candidates("全省努力完成工业投资。", 5);
    expect(found.slice(0, 2).map((candidate) => [candidate.task.id, candidate.score])).toEqual([["1", 1], ["1-1", 1]]);
  });
});

describe("matchProgressRows with the exact-title index", () => {
  it("matches a title equal to one task's title with score 1, though another title contains it", () => {
    const tasks = [...industrialYearTasks(), { ...industrialYearTasks()[4], id: "11", title: "技术创新项目" }];
    const matching = matchProgressRows([row("技术创新项目。")], tasks, { titleMatchThreshold: 0.8 });
    expect(matching.matched.map((match) => [match.task.id, match.by, match.score])).toEqual([["11", "title", 1]]);
  });

  it("leaves two tasks with the same title to the reporting department, else to the clerk", () => {
    const tasks = industrialYearTasks();
    const twin: Task = { ...tasks[0], id: "1-1", leads: ["省国土资源厅"], supporting: [] };
    const both = [...tasks, twin];
    const byDepartment = matchProgressRows([row("全省努力完成工业投资", "省国土资源厅")], both, { titleMatchThreshold: 0.8 });
    expect(byDepartment.matched.map((match) => [match.task.id, match.by])).toEqual([["1-1", "title-department"]]);
    const unknown = matchProgressRows([row("全省努力完成工业投资", "省财政厅")], both, { titleMatchThreshold: 0.8 });
    expect(unknown.ambiguous.map((entry) => [entry.reason, entry.candidates.map((candidate) => candidate.task.id)])).toEqual([["several-titles", ["1", "1-1"]]]);
  });
});
