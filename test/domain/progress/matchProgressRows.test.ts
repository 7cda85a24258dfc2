import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import { matchProgressRows } from "../../../src/domain/progress/matchProgressRows";
import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { industrialYearTasks } from "./industrialYearTasks";

const tasks = industrialYearTasks();

function row(sheet: string, line: number, fields: Partial<ProgressRow>, file?: string): ProgressRow {
  return { text: "", department: "", ...fields, source: { file, sheet, cell: `C${line}`, row: line } };
}

describe("matchProgressRows on the 2007 “工业项目年” tasks", () => {
  it("matches by the task number when the sheet's numbers are task numbers (full-width ４ = 4)", () => {
    const rows = [
      row("Sheet1", 4, { id: "４", title: "工业大项目计划总投资798亿元，当年计划投资", text: "１－１０月工业大项目完成投资２４１．４亿元", department: "省发展改革委" }, "省发展改革委.xlsx"),
      row("Sheet1", 5, { id: "07", title: "特色产业园区50个", text: "特色产业园区完成投资1,395,000万元", department: "省发展改革委" }, "省发展改革委.xlsx"),
    ];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS);
    expect(matching.matched.map((match) => [match.task.id, match.by])).toEqual([
      ["4", "id"],
      ["7", "id"],
    ]);
    expect(matching.unmatched).toEqual([]);
    expect(matching.ambiguous).toEqual([]);
  });

  it("tells apart the tasks of a number the table repeats by their titles, and lists a row it cannot tell (duplicate-id)", () => {
    // The table numbers two tasks 3 and two tasks 5 (a 序号 copied down): each number names both, in table order.
    const repeated = tasks.map((task) => (task.id === "4" ? { ...task, id: "3" } : task.id === "6" ? { ...task, id: "5" } : task));
    const rows = [
      row("Sheet1", 3, { id: "3", title: "工业大项目计划总投资798亿元，当年计划投资", text: "完成投资241.4亿元", department: "省发展改革委" }),
      row("Sheet1", 4, { id: "３", title: "组织推动投资在亿元以上的工业大项目200个", text: "已开工186个", department: "省经委" }),
      row("Sheet1", 5, { id: "5", title: "组织推广工业节能降耗项目30项，总投资27亿元，当年计划投资", text: "完成投资15亿元", department: "省经委" }),
      row("Sheet1", 6, { id: "5", title: "全省项目建设情况", text: "完成投资30亿元", department: "省经委" }),
      row("Sheet1", 7, { id: "8", title: "全省规模以上工业增加值增长", text: "增长15.8%", department: "省经委" }),
    ];
    const matching = matchProgressRows(rows, repeated, DEFAULT_SETTINGS);
    expect(matching.matched.map((match) => [match.row.source.cell, match.task.title.slice(0, 8), match.by])).toEqual([
      ["C3", "工业大项目计划总", "id"],
      ["C4", "组织推动投资在亿", "id"],
      ["C5", "组织推广工业节能", "id"],
      ["C7", "全省规模以上工业", "id"],
    ]);
    expect(matching.ambiguous.map((entry) => [entry.row.source.cell, entry.reason, entry.candidates.map((candidate) => candidate.task.title.slice(0, 6)).sort()])).toEqual([
      ["C6", "duplicate-id", ["组织推广工业", "组织推进技术"]],
    ]);
  });

  it("matches by title when a department numbers its own rows 1, 2, 3 (the numbers are not task numbers)", () => {
    const rows = [
      row("省经委", 3, { id: "1", title: "规模以上工业增加值", text: "规模以上工业增加值同比增长15.8%", department: "省经委" }),
      row("省经委", 4, { id: "2", title: "技术创新项目", text: "技术创新项目完成投资28.2亿元", department: "省经委" }),
      row("省经委", 5, { id: "3", title: "完成规模以上工业总产值。", text: "完成规模以上工业总产值4390亿元", department: "省经委" }),
    ];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS);
    expect(matching.matched.map((match) => [match.row.source.cell, match.task.id, match.by])).toEqual([
      ["C3", "8", "title"],
      ["C4", "5", "title"],
      ["C5", "10", "title"],
    ]);
  });

  it("matches a title written with different punctuation and widths", () => {
    const rows = [row("进展", 6, { title: "规模以上工业利润总额增长１０％, 力争突破200亿元", text: "实现利润总额186.3亿元，同比增长12.3%", department: "省经委" })];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS);
    expect(matching.matched).toHaveLength(1);
    expect(matching.matched[0]).toMatchObject({ by: "title", score: 1, task: { id: "9" } });
  });

  it("lists a title close to several tasks as ambiguous with those tasks, never guessing", () => {
    const rows = [row("进展", 7, { title: "工业投资", text: "1-10月工业投资1438.6亿元", department: "省经委" })];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS);
    expect(matching.matched).toEqual([]);
    expect(matching.ambiguous).toHaveLength(1);
    expect(matching.ambiguous[0].reason).toBe("several-titles");
    expect(matching.ambiguous[0].candidates.map((candidate) => candidate.task.id).sort()).toEqual(["1", "2"]);
  });

  it("settles an ambiguous title when only one of the close tasks lists the reporting department", () => {
    const tasksWithOtherLead = tasks.map((task) => (task.id === "2" ? { ...task, leads: ["省统计局"], supporting: [] } : task));
    const rows = [row("进展", 7, { title: "工业投资", text: "1-10月工业投资1438.6亿元", department: "省发展改革委" })];
    const matching = matchProgressRows(rows, tasksWithOtherLead, DEFAULT_SETTINGS);
    expect(matching.matched[0]).toMatchObject({ by: "title-department", task: { id: "1" } });
  });

  it("lists a row with no close title as unmatched, with the nearest tasks as candidates", () => {
    const rows = [row("省经委", 14, { title: "全省工业用电量", text: "1-10月全省工业用电量同比增长8.1%", department: "省经委" })];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS);
    expect(matching.unmatched).toHaveLength(1);
    expect(matching.unmatched[0].reason).toBe("no-match");
    expect(matching.unmatched[0].candidates.length).toBeGreaterThan(0);
    expect(matching.unmatched[0].candidates.every((candidate) => candidate.score < 0.8)).toBe(true);
    expect(matching.unmatched[0].row.source.cell).toBe("C14");
  });

  it("does not take a task number whose title names another task: the row is ambiguous", () => {
    const rows = [
      row("汇总", 3, { id: "5", title: "技术创新项目", text: "完成投资28.2亿元" }),
      row("汇总", 4, { id: "6", title: "工业节能降耗项目", text: "完成投资13.1亿元" }),
      row("汇总", 5, { id: "8", title: "完成规模以上工业总产值", text: "完成规模以上工业总产值4390亿元" }),
    ];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS);
    expect(matching.matched.map((match) => match.task.id)).toEqual(["5", "6"]);
    expect(matching.ambiguous).toHaveLength(1);
    expect(matching.ambiguous[0]).toMatchObject({ reason: "id-title-disagree" });
    expect(matching.ambiguous[0].candidates.map((candidate) => candidate.task.id)).toEqual(["8", "10"]);
  });

  it("takes the clerk's resolutions, keyed file|sheet|cell, and a null resolution as 'no task'", () => {
    const rows = [
      row("进展", 7, { title: "工业投资", text: "1-10月工业投资1438.6亿元", department: "省经委" }),
      row("省经委", 14, { title: "全省工业用电量", text: "1-10月全省工业用电量同比增长8.1%", department: "省经委" }),
    ];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS, { "|进展|C7": "1", "|省经委|C14": null });
    expect(matching.matched).toHaveLength(1);
    expect(matching.matched[0]).toMatchObject({ by: "resolution", task: { id: "1" } });
    expect(matching.ignored.map((ignored) => ignored.source.cell)).toEqual(["C14"]);
    expect(matching.unmatched).toEqual([]);
    expect(matching.ambiguous).toEqual([]);
  });

  it("lists a resolution naming a task number that does not exist", () => {
    const rows = [row("进展", 7, { title: "工业投资", text: "1-10月工业投资1438.6亿元" })];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS, { "|进展|C7": "99" });
    expect(matching.unmatched[0]).toMatchObject({ reason: "unknown-resolution" });
  });

  it("uses the task number alone when the sheet has no title column", () => {
    const rows = [row("进展", 3, { id: "10", text: "完成规模以上工业总产值4390亿元", department: "省经委" })];
    expect(matchProgressRows(rows, tasks, DEFAULT_SETTINGS).matched[0]).toMatchObject({ by: "id", task: { id: "10" } });
  });

  it("follows the threshold setting", () => {
    const rows = [row("进展", 3, { title: "工业大项目当年计划投资", text: "完成投资241.4亿元" })];
    expect(matchProgressRows(rows, tasks, DEFAULT_SETTINGS).matched[0]?.task.id).toBe("4");
    expect(matchProgressRows(rows, tasks, { titleMatchThreshold: 0.95 }).unmatched[0]?.candidates[0]?.task.id).toBe("4");
  });
});

describe("matchProgressRows on a sheet without a title column", () => {
  it("does not take row numbers 1, 2, 3 for task numbers when the texts speak of other tasks, and offers those tasks", () => {
    const rows = [
      row("进展", 2, { id: "1", text: "规模以上工业增加值同比增长15.8%", department: "省经委" }),
      row("进展", 3, { id: "2", text: "技术创新项目完成投资28.2亿元", department: "省经委" }),
      row("进展", 4, { id: "3", text: "完成规模以上工业总产值4390亿元", department: "省经委" }),
    ];
    const matching = matchProgressRows(rows, tasks, DEFAULT_SETTINGS);
    expect(matching.matched).toEqual([]);
    expect(matching.unmatched.map((entry) => [entry.row.source.cell, entry.candidates[0]?.task.id])).toEqual([
      ["C2", "8"],
      ["C3", "5"],
      ["C4", "10"],
    ]);
  });

  it("takes the numbers when the texts agree with them or say nothing about the task (已完成)", () => {
    const rows = [
      row("进展", 2, { id: "8", text: "规模以上工业增加值同比增长15.8%", department: "省经委" }),
      row("进展", 3, { id: "11", text: "已完成", department: "省经委" }),
    ];
    expect(matchProgressRows(rows, tasks, DEFAULT_SETTINGS).matched.map((match) => [match.task.id, match.by])).toEqual([
      ["8", "id"],
      ["11", "id"],
    ]);
  });
});
