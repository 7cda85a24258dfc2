import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { statusColor } from "../../../src/domain/status/statusColor";
import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import type { SheetGrid } from "../../../src/domain/grid";
import { AS_OF, evaluation, sampleEvaluations } from "./evaluationFixtures";
import { effectiveStyle, headerIndex, layoutGrid } from "./layoutTestHelpers";

const HEADERS = [
  "序号",
  "类别",
  "工作任务",
  "年度目标",
  "牵头单位",
  "配合单位",
  "完成时限",
  "1-10月推进情况",
  "完成值",
  "完成率",
  "序时进度",
  "差距（百分点）",
  "状态",
  "备注",
  "核对码",
];

describe("ledgerLayout", () => {
  const { layout, keptRows, orphanedRows, problems } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });

  it("names the sheet by period and titles it with the as-of date", () => {
    expect(layout.name).toBe("台账 2009-10");
    expect(layout.kind).toBe("ledger");
    expect(layout.values[0][0]).toBe("重点工作任务推进情况台账（截至2009年10月31日）");
    expect(layout.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 13 });
    expect(ledgerLayout([], { asOf: AS_OF, title: "2009年全省重点工作任务推进情况台账" }).layout.values[0][0]).toBe(
      "2009年全省重点工作任务推进情况台账（截至2009年10月31日）",
    );
    expect(keptRows).toBe(0);
    expect(orphanedRows).toBe(0);
    expect(problems).toEqual([]);
  });

  it("has the ledger's columns, with the period's progress column and a hidden check code", () => {
    expect(layout.values[1]).toEqual(HEADERS);
    expect(layout.hiddenColumns).toEqual([14]);
    expect(layout.columnWidths).toHaveLength(HEADERS.length);
    expect(layout.columnWidths[2]).toBeGreaterThanOrEqual(30);
  });

  it("writes a row per task with texts, departments, deadline, figures as numbers and the status word", () => {
    const rows = layout.values.slice(2, 10);
    expect(rows.map((row) => row[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(rows[0].slice(0, 8)).toEqual([
      "1",
      "（一）约束性指标",
      "耕地保有量保持在553万公顷。",
      "保持在553万公顷",
      "省国土资源厅",
      null,
      "2009年12月31日",
      "截至10月末耕地保有量553.2万公顷",
    ]);
    expect(rows[0][8]).toBe(553.2);
    expect(rows[0][12]).toBe("超额完成");
    expect(rows[1][4]).toBe("（按职责分工负责）");
    expect(rows[1][5]).toBe("省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅");
    expect(rows[6][4]).toBe("省工业信息化厅、省发展改革委（分别牵头）");
    expect(rows[6][7]).toBe("1-10月完成投资126.6亿元");
    expect(rows[6][9]).toBeCloseTo(0.446);
    expect(rows[6][10]).toBeCloseTo(0.8333, 4);
    expect(rows[6][11]).toBeCloseTo(-38.73, 2);
    expect(rows.map((row) => row[12])).toEqual(["超额完成", "滞后", "临期", "序时推进", "未报送", "严重滞后", "逾期", "已完成"]);
    expect(rows[4][7]).toBeNull();
    expect(rows[4][9]).toBeNull();
    expect(rows[7][9]).toBeNull();
  });

  it("keeps a department's text that looks like a formula as the same string", () => {
    expect(layout.values[7][7]).toBe('=HYPERLINK("http://x","点击")');
  });

  it("fills each status cell in its colour, with the word in it", () => {
    const statuses = sampleEvaluations().map((item) => item.status);
    statuses.forEach((status, index) => {
      const style = effectiveStyle(layout, 2 + index, 12);
      expect(style.fill).toBe(statusColor(status).fill);
      expect(style.fontColor).toBe(statusColor(status).font);
      expect(style.border).toBe(true);
    });
  });

  it("tints the whole row of tasks not reaching expected progress, and only those", () => {
    const tintOf = (row: number): string | undefined => effectiveStyle(layout, row, 2).fill;
    expect([2, 3, 4, 5, 6, 7, 8, 9].map(tintOf)).toEqual([undefined, "#FFF8E1", undefined, undefined, "#F2F2F2", "#FDECEE", "#FDECEE", undefined]);
    // The status cell's own fill wins over the tint.
    expect(effectiveStyle(layout, 3, 12).fill).toBe("#FFEB9C");
  });

  it("formats ratios as percentages with one decimal, the gap in points, 完成值 with its unit, texts as text", () => {
    expect(effectiveStyle(layout, 2, 9).numberFormat).toBe("0.0%");
    expect(effectiveStyle(layout, 9, 10).numberFormat).toBe("0.0%");
    expect(effectiveStyle(layout, 2, 11).numberFormat).toBe("+0.0;-0.0;0.0");
    expect(effectiveStyle(layout, 2, 8).numberFormat).toBe('General"万公顷"');
    expect(effectiveStyle(layout, 8, 8).numberFormat).toBe('General"亿元"');
    for (const col of [0, 2, 7, 12, 13]) expect(effectiveStyle(layout, 5, col).numberFormat).toBe("@");
    expect(effectiveStyle(layout, 5, 2).wrap).toBe(true);
  });

  it("groups formatting in runs: the number of runs grows with status changes, not with tasks", () => {
    const same = (n: number) => Array.from({ length: n }, (_, i) => evaluation({ id: String(i + 1), title: `任务${i + 1}`, ratio: 0.5, status: "lagging" }));
    const few = ledgerLayout(same(10), { asOf: AS_OF }).layout.styles.length;
    const many = ledgerLayout(same(1000), { asOf: AS_OF }).layout.styles.length;
    expect(many).toBe(few);
    const alternating = Array.from({ length: 100 }, (_, i) =>
      evaluation({ id: String(i + 1), title: `任务${i + 1}`, ratio: 0.5, status: i % 2 ? "lagging" : "on-schedule" }),
    );
    expect(ledgerLayout(alternating, { asOf: AS_OF }).layout.styles.length).toBeGreaterThanOrEqual(few + 100);
  });

  it("puts a legend under the table with every status word in its colour", () => {
    const legendRow = layout.values.findIndex((row) => row[0] === "图例");
    expect(legendRow).toBe(11);
    expect(layout.values[10].every((value) => value === null)).toBe(true);
    const words = layout.values.slice(legendRow + 1).map((row) => row[1]);
    expect(words).toEqual(["已完成／超额完成", "序时推进", "临期", "滞后", "严重滞后", "逾期", "未报送", "缺数字", "整行底纹", "已移除"]);
    expect(layout.values[legendRow + 5][2]).toBe("低于序时进度30个百分点以上；增速、水平、上限类指标：差距超过目标值的50%");
    expect(effectiveStyle(layout, legendRow + 4, 1).fill).toBe("#FFEB9C");
    expect(effectiveStyle(layout, legendRow + 7, 1).fill).toBe("#D9D9D9");
    const custom = ledgerLayout([], { asOf: AS_OF, settings: { ...DEFAULT_SETTINGS, laggingBadlyGap: 20, dueSoonDays: 10 } }).layout;
    expect(custom.values.map((row) => row[2])).toContain("低于序时进度20个百分点以上；增速、水平、上限类指标：差距超过目标值的50%");
    expect(custom.values.map((row) => row[2])).toContain("达到序时进度但尚未完成，距完成时限不足10天");
  });

  it("freezes title and header, filters header and rows, and prints A4 landscape one page wide with repeated titles and page numbers", () => {
    expect(layout.freezeRows).toBe(2);
    expect(layout.autoFilter).toEqual({ top: 1, left: 0, bottom: 9, right: 14 });
    expect(layout.print).toEqual({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: 0, last: 1 },
      footer: "第 &P 页 共 &N 页",
    });
    expect(layout.autoFitRows).toEqual({ first: 1, last: 9 });
    expect(layout.rowHeights?.[0]).toBe(32);
    expect(layout.rowHeights?.[2]).toBeGreaterThan(15);
  });

  it("writes English headers and words when asked", () => {
    const english = ledgerLayout(sampleEvaluations(), { asOf: AS_OF, lang: "en" }).layout;
    expect(english.values[1].slice(0, 8)).toEqual([
      "No.",
      "Category",
      "Task",
      "Annual target",
      "Lead department",
      "Supporting departments",
      "Deadline",
      "Progress Jan–Oct",
    ]);
    expect(english.values[3][12]).toBe("Behind");
    expect(english.print?.footer).toBe("Page &P of &N");
  });
});

describe("ledgerLayout regenerated for the next month (月调度)", () => {
  const october = ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout;

  /** The October ledger as the clerk left it: notes typed, a column 督办次数 inserted before the hidden check code. */
  function clerkEdited(): SheetGrid {
    const grid = layoutGrid(october);
    const remark = headerIndex(october, "备注");
    grid.rows[5][remark] = "已约谈分管负责同志";
    grid.rows[9][remark] = "=已报省政府";
    grid.rows.forEach((row, index) => {
      row.splice(remark + 1, 0, index === 1 ? "督办次数" : index === 3 ? 2 : index === 7 ? 3 : null);
    });
    return grid;
  }

  const novemberTasks = (): ReturnType<typeof sampleEvaluations> => {
    const tasks = sampleEvaluations().filter((item) => item.task.id !== "8");
    // Renumbered: task 6 is now 5 and the no-report task 5 is now 6.
    tasks[4].task.id = "6";
    tasks[5].task.id = "5";
    tasks.push(evaluation({ id: "8", title: "新增节水灌溉面积1000万亩。", leads: ["省水利厅"], ratio: 0.95, status: "on-schedule" }));
    tasks.forEach((item) => {
      if (item.countingReport) item.countingReport.text = item.countingReport.text.replace("1-10月", "1-11月");
    });
    return tasks;
  };

  const result = ledgerLayout(novemberTasks(), { asOf: "2009-11-30", previous: clerkEdited() });
  const { layout } = result;

  it("adds the new period's progress column beside the earlier one", () => {
    expect(layout.name).toBe("台账 2009-11");
    expect(layout.values[1].slice(7, 9)).toEqual(["1-10月推进情况", "1-11月推进情况"]);
    const title = 2;
    const rowOf = (text: string) => layout.values.findIndex((row) => row[title] === text);
    const investment = rowOf("组织推动投资在亿元以上的工业大项目200个，当年计划投资284亿元。");
    expect(layout.values[investment][7]).toBe("1-10月完成投资126.6亿元");
    expect(layout.values[investment][8]).toBe("1-11月完成投资126.6亿元");
    expect(result.kept.historyColumns).toEqual(["1-10月推进情况"]);
  });

  it("keeps the clerk's notes and added column on the same task, matched by id and title even when renumbered", () => {
    const remark = headerIndex(layout, "备注");
    const added = headerIndex(layout, "督办次数");
    expect(added).toBe(remark + 1);
    expect(headerIndex(layout, "核对码")).toBe(added + 1);
    const row = (id: string) => layout.values.find((values, index) => index >= 2 && values[0] === id) ?? [];
    expect(row("4")[remark]).toBe("已约谈分管负责同志");
    expect(row("4")[added]).toBe(null);
    expect(row("2")[added]).toBe(2);
    // The lagging-badly task (housing), renumbered from 6 to 5, keeps its 督办次数 of 3.
    expect(row("5")[2]).toBe("城镇保障性安居工程建设5年累计新增63.27万套。");
    expect(row("5")[added]).toBe(3);
    expect(result.keptRows).toBe(7);
    expect(result.kept.notes).toBe(1);
    expect(result.kept.addedColumns).toEqual(["督办次数"]);
  });

  it("keeps the row of a task that disappeared at the end, marked 已移除, with its note", () => {
    expect(result.orphanedRows).toBe(1);
    expect(result.kept.orphanedTaskIds).toEqual(["8"]);
    const remark = headerIndex(layout, "备注");
    const orphan = layout.values[10];
    expect(orphan[2]).toBe("推进国资国企改革，组建省投融资担保公司。");
    expect(orphan[headerIndex(layout, "状态")]).toBe("已移除");
    expect(orphan[remark]).toBe("=已报省政府");
    expect(orphan[7]).toBe("已完成组建");
    expect(orphan[headerIndex(layout, "核对码")]).toBeNull();
    expect(effectiveStyle(layout, 10, 2).fontColor).toBe("#808080");
    expect(layout.autoFilter?.bottom).toBe(10);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: "ledger-task-removed",
        severity: "warning",
        sheet: "台账 2009-10",
        cell: "A10",
        message: expect.stringContaining("已移除"),
      }),
    ]);
  });

  it("gives a new task the remark from the task table", () => {
    const withRemark = novemberTasks();
    withRemark[7].task.remark = "2009年新增任务";
    const again = ledgerLayout(withRemark, { asOf: "2009-11-30", previous: clerkEdited() }).layout;
    const row = again.values.find((values) => values[2] === "新增节水灌溉面积1000万亩。") ?? [];
    expect(row[headerIndex(again, "备注")]).toBe("2009年新增任务");
  });

  it("keeps history and notes again a month later (three periods side by side)", () => {
    const december = ledgerLayout(novemberTasks(), { asOf: "2009-12-31", previous: layoutGrid(layout) });
    expect(december.layout.values[1].slice(7, 10)).toEqual(["1-10月推进情况", "1-11月推进情况", "1-12月推进情况"]);
    expect(december.orphanedRows).toBe(1);
    expect(december.kept.notes).toBe(1);
    // The removed task was reported in November; December carries its row without a new warning.
    expect(december.problems).toEqual([]);
    expect(december.layout.values[10][headerIndex(december.layout, "备注")]).toBe("=已报省政府");
  });

  it("replaces this period's column when the same month is regenerated, rather than adding a second one", () => {
    const again = ledgerLayout(sampleEvaluations(), { asOf: AS_OF, previous: layoutGrid(october) }).layout;
    expect(again.values[1]).toEqual(october.values[1]);
    expect(again.values.slice(2, 10)).toEqual(october.values.slice(2, 10));
  });

  it("warns and keeps nothing when the previous sheet is not a ledger", () => {
    const tasks: SheetGrid = {
      name: "分工方案",
      rows: [
        ["序号", "工作任务", "牵头单位"],
        ["1", "耕地保有量保持在553万公顷", "省国土资源厅"],
      ],
    };
    const fresh = ledgerLayout(sampleEvaluations(), { asOf: AS_OF, previous: tasks });
    expect(fresh.keptRows).toBe(0);
    expect(fresh.problems).toEqual([expect.objectContaining({ code: "previous-ledger-unrecognized", severity: "warning", sheet: "分工方案" })]);
  });

  it("keeps the note of a row whose title the clerk rewrote, instead of taking the task for removed", () => {
    const grid = layoutGrid(october);
    grid.rows[2][2] = "耕地保有量（含基本农田）保持在553万公顷";
    grid.rows[2][headerIndex(october, "备注")] = "以国土部门年度变更调查为准";
    const again = ledgerLayout(sampleEvaluations(), { asOf: "2009-11-30", previous: grid });
    expect(again.orphanedRows).toBe(0);
    expect(again.layout.values[2][2]).toBe("耕地保有量保持在553万公顷。");
    expect(again.layout.values[2][headerIndex(again.layout, "备注")]).toBe("以国土部门年度变更调查为准");
  });

  it("notes when an older ledger has no check codes", () => {
    const grid = layoutGrid(october);
    grid.rows.forEach((row) => row.splice(14, 1));
    const fresh = ledgerLayout(sampleEvaluations(), { asOf: "2009-11-30", previous: grid });
    expect(fresh.keptRows).toBe(8);
    expect(fresh.problems.map((problem) => problem.code)).toEqual(["ledger-check-codes-missing"]);
  });
});
