import { buildRoster } from "../../../src/domain/departments/buildRoster";
import type { SheetGrid } from "../../../src/domain/grid";
import type { Problem } from "../../../src/domain/problem";
import { readTaskTable } from "../../../src/domain/table/readTaskTable";
import { validateTasks } from "../../../src/domain/validation/validateTasks";

const SHEET = "任务分解表";

/** 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 under a merged title; tasks quote 003; one fault per row from row 3 on. */
const FAULTS: SheetGrid = {
  name: SHEET,
  rows: [
    ["2011年重点工作任务分解表", null, null, null, null],
    ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "耕地保有量保持在553万公顷。", "省国土资源厅", "", "2011年12月底"], // 3: clean
    ["2", "非化石能源占一次能源消费比重达到9.8％。", "", "省能源局", "2011年12月底"], // 4: missing-lead C4
    ["3", "单位地区生产总值能源消耗降低16％。", "省发展改委", "", "2011年12月底"], // 5: unknown-department C5
    ["4", "森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米。", "省林业厅", "省林业厅、省环保厅", "2011年12月底"], // 6: lead-also-supporting D6
    ["5", "城乡三项基本医疗保险参保率达到92％。", "省人力资源社会保障厅、省卫生厅", "", "2011年12月底"], // 7: multiple-leads C7
    ["6", "加强地震和气象灾害的预测预防。", "省地震局、省气象局按职责分工负责", "", "2011年12月底"], // 8: joint-responsibility C8
    ["6", "九年义务教育巩固率达到99％。", "省教育厅", "", "2011年12月底"], // 9: duplicate-id A9
    ["8", "耕地保有量保持在553万公顷。", "省国土资源厅", "", "2011年12月底"], // 10: duplicate-task B10
    ["9", "城镇参加基本养老保险人数达到650万人。", "省人力资源社会保障厅", "", "2011年13月"], // 11: bad-deadline E11
    ["10", "", "省教育厅", "", "2011年12月底"], // 12: empty-title B12
    ["11", "加快推进长吉一体化进程。", "长春市政府、吉林市政府分别牵头", "省发展改革委", "2011年12月底"], // 13: respective
    ["12", "城镇保障性安居工程建设5年累计新增63.27万套。", "省住建厅", "各市（州）政府", "2月30日"], // 14: bad-deadline E14
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
};

const ROSTER = buildRoster({
  name: "部门名录",
  rows: [
    ["单位名称", "简称"],
    ...["省国土资源厅", "省能源局", "省林业厅", "省环保厅", "省卫生厅", "省地震局", "省气象局", "省教育厅", "长春市政府", "吉林市政府", "省住房城乡建设厅"].map((name) => [name, ""]),
    ["省发展改革委", "省发改委"],
    ["省人力资源社会保障厅", "省人社厅"],
  ],
});

function check(grid: SheetGrid, roster = ROSTER): Problem[] {
  const read = readTaskTable(grid, { roster });
  if (!read.ok) throw new Error("no table");
  return validateTasks(read.value.tasks, { sheet: grid.name, roster, cells: read.value.cells });
}

const located = (problems: Problem[]): string[] => problems.map((problem) => `${problem.cell} ${problem.severity} ${problem.code}`);

describe("validateTasks on a table with one fault per row (roster sheet present)", () => {
  const problems = check(FAULTS);

  it("reports each fault at its cell, with its severity, and nothing else", () => {
    expect(located(problems).sort()).toEqual(
      [
        "C4 error missing-lead",
        "C5 error unknown-department",
        "D6 warning lead-also-supporting",
        "C7 warning multiple-leads",
        "C8 warning joint-responsibility",
        "A9 error duplicate-id",
        "B10 warning duplicate-task",
        "E11 error bad-deadline",
        "B12 error empty-title",
        "E14 error bad-deadline",
      ].sort(),
    );
    expect(problems.every((problem) => problem.sheet === SHEET)).toBe(true);
  });

  it("suggests the roster's closest name for 省发展改委, in the message and as the suggestion", () => {
    const unknown = problems.find((problem) => problem.code === "unknown-department");
    expect(unknown?.suggestion).toBe("省发展改革委");
    expect(unknown?.message).toContain("“省发展改委”不在部门名录“部门名录”中，是否应为“省发展改革委”");
    expect(unknown?.messageEn).toContain('did you mean "省发展改革委"');
  });

  it("writes messages that say what to do, in Chinese and English", () => {
    const byCode = (code: string): Problem | undefined => problems.find((problem) => problem.code === code);
    expect(byCode("missing-lead")?.message).toBe("第4行任务“非化石能源占一次能源消费比重达到9.8％。”没有牵头单位，请在牵头单位栏填写一个牵头单位（配合单位为省能源局）。");
    expect(byCode("duplicate-id")?.message).toBe("第9行的序号“6”与第8行重复，请改为不重复的序号。");
    expect(byCode("duplicate-task")?.message).toContain("与第3行重复");
    expect(byCode("bad-deadline")?.message).toContain("完成时限“2011年13月”不是有效日期");
    expect(byCode("multiple-leads")?.messageEn).toContain("2 lead departments");
    for (const problem of problems) expect(problem.messageEn).toMatch(/^[\x20-\x7e\u4e00-\u9fff“”（）、，。％]+$/);
  });

  it("accepts short forms the roster or built-in knowledge knows (省住建厅) and groups (各市（州）政府)", () => {
    expect(problems.filter((problem) => problem.cell === "C14" || problem.cell === "D14")).toEqual([]);
  });
});

describe("validateTasks without a roster sheet", () => {
  const grid: SheetGrid = {
    name: "分工方案",
    rows: [
      ["序号", "工作任务", "责任单位"],
      ["1", "单位地区生产总值能源消耗降低16％。", "省发展改革委牵头"],
      ["2", "单位地区生产总值二氧化碳排放降低17％。", "省发展改革委牵头"],
      ["3", "贯彻落实长吉图先导区规划实施方案，完善和实施相关配套规划。", "省发展改委、省商务厅负责。列第一位者为牵头部门，下同"],
      ["4", "推进农产品质量安全检验检测体系建设。", "省农委、省发展改革委、省食品药品监管局负责"],
      // 省农业厅 is not in 003; it stands for a real department one character from 省林业厅.
      ["5", "完善城乡平等要素交换关系，搞好农民承包土地、草原、宅基地、集体林地、荒山荒地等使用权的确权。", "省林业厅、省农业厅负责"],
      ["6", "推动东中西部分工协作、良性互动发展。", "省发展改革委和延边州、通化市、白山市政府负责"],
      ["7", "加快发展西部特色经济区。", "省发展改革委和白城市政府负责"],
    ],
  };
  const problems = check(grid, buildRoster(null));

  it("warns (not errs) about a name one edit away from a name used elsewhere, at its 责任单位 cell", () => {
    expect(located(problems)).toEqual(["C4 warning unknown-department"]);
    expect(problems[0]).toMatchObject({ suggestion: "省发展改革委" });
    expect(problems[0].message).toContain("“省发展改委”与表中其他行的“省发展改革委”只差一个字");
  });

  it("does not suspect real departments or places one character apart (省林业厅 / 省农业厅, 白城市政府 / 白山市政府)", () => {
    expect(problems.some((problem) => problem.cell === "C6" || problem.cell === "C7" || problem.cell === "C8")).toBe(false);
  });
});

describe("validateTasks: responsibility in one 责任单位 column", () => {
  it("reports missing-lead for an unmarked 负责 list before the first-listed-leads rule, at the 责任单位 cell", () => {
    const grid: SheetGrid = {
      name: "分工方案",
      origin: { row: 2, col: 1 },
      rows: [
        ["序号", "工作任务", "责任单位"],
        ["1", "新增耕地面积275万亩，粮食播种面积稳定在6850万亩以上。", "省国土资源厅、省农委负责"],
        ["2", "城乡三项基本医疗保险参保率达到92％。", "（省人力资源社会保障厅、省卫生厅按职责分工负责）"],
        ["3", "单位地区生产总值能源消耗降低16％。", "省发展改革委、省财政厅牵头"],
      ],
    };
    // Two units marked 牵头 together lead together (respective), as real documents mean it: no multiple-leads warning.
    expect(located(check(grid, buildRoster(null)))).toEqual(["D4 error missing-lead", "D5 warning joint-responsibility"]);
  });
});
