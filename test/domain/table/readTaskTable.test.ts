import { buildRoster } from "../../../src/domain/departments/buildRoster";
import type { CellValue, MergedRange, SheetGrid } from "../../../src/domain/grid";
import { readTaskTable, type TaskTable } from "../../../src/domain/table/readTaskTable";
import { DIVISION_2011_TASKS } from "../../fixtures/division2011";

function read(grid: SheetGrid, options: Parameters<typeof readTaskTable>[1] = {}): TaskTable {
  const result = readTaskTable(grid, options);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.value;
}

/** The sheet of 003 as an office keeps it: 序号 | 工作任务 | 责任单位 | 完成时限, headings merged across. */
function divisionGrid(): SheetGrid {
  const rows: CellValue[][] = [["《吉林省国民经济和社会发展第十二个五年规划纲要》主要目标和任务分工", null, null, null], ["序号", "工作任务", "责任单位", "完成时限"]];
  const merges: MergedRange[] = [{ top: 0, left: 0, bottom: 0, right: 3 }];
  let previous: string[] = [];
  DIVISION_2011_TASKS.forEach((task, index) => {
    const headings = task.category.split(" / ");
    headings.forEach((heading, level) => {
      if (previous[level] === heading && previous.slice(0, level).join() === headings.slice(0, level).join()) return;
      merges.push({ top: rows.length, left: 0, bottom: rows.length, right: 3 });
      rows.push([heading, null, null, null]);
    });
    previous = headings;
    rows.push([index + 1, task.titleStart, task.responsibilityText, "2015年底"]);
  });
  return { name: "分工方案", rows, merges };
}

describe("readTaskTable on the division of 003 (责任单位 column, headings as section rows)", () => {
  const table = read(divisionGrid());

  it("reads every task of the document, none of the headings", () => {
    expect(table.tasks).toHaveLength(DIVISION_2011_TASKS.length);
    expect(table.headerRow).toBe(2);
    expect(table.columns).toEqual({ id: 0, title: 1, responsible: 2, deadline: 3 });
  });

  it.each(DIVISION_2011_TASKS.map((expected, index) => [index + 1, expected.titleStart, expected] as const))(
    "task %i “%s” has the document's leads, supporting departments and category",
    (number, _title, expected) => {
      const task = table.tasks[number - 1];
      expect(task).toMatchObject({
        id: String(number),
        leads: expected.leads,
        supporting: expected.supporting,
        responsibility: expected.kind,
        category: expected.category,
        deadline: "2015-12-31",
      });
    },
  );

  it("applies 列第一位者为牵头部门，下同 (line 50) to the 负责 lists after it, not before", () => {
    const water = table.tasks.find((task) => task.title.startsWith("单位工业增加值用水量降低30％"));
    expect(water).toMatchObject({ responsibility: "joint", leads: [] });
    const land = table.tasks.find((task) => task.title.startsWith("新增耕地面积275万亩"));
    expect(land).toMatchObject({ leads: ["省国土资源厅"], supporting: ["省农委"] });
  });
});

describe("readTaskTable: rows and cells", () => {
  it("takes a note row with 下同 as switching the first-listed-leads rule on, and skips it and blank rows", () => {
    const grid: SheetGrid = {
      name: "分工",
      rows: [
        ["序号", "工作任务", "责任单位"],
        ["注：列第一位者为牵头部门，下同。", null, null],
        [null, null, null],
        ["1", "新增耕地面积275万亩，粮食播种面积稳定在6850万亩以上。", "省国土资源厅、省农委负责"],
      ],
      merges: [{ top: 1, left: 0, bottom: 1, right: 2 }],
    };
    const table = read(grid);
    expect(table.tasks).toHaveLength(1);
    expect(table.tasks[0]).toMatchObject({ leads: ["省国土资源厅"], supporting: ["省农委"], source: { sheet: "分工", row: 4 } });
    // Without the note, a 负责 list of two has no lead (validation reports missing-lead).
    const without = read({ ...grid, rows: grid.rows.filter((_, index) => index !== 1), merges: [] });
    expect(without.tasks[0]).toMatchObject({ leads: [], supporting: ["省国土资源厅", "省农委"] });
  });

  it("takes the rule from the title and from the caller too", () => {
    const rows: CellValue[][] = [["1", "鼓励农民以多种形式流转土地承包经营权。", "省农委、省国土资源厅负责"]];
    const titled: SheetGrid = { name: "S", rows: [["任务分工（列第一位者为牵头部门，下同）"], ["序号", "工作任务", "责任单位"], ...rows] };
    expect(read(titled).tasks[0].leads).toEqual(["省农委"]);
    const plain: SheetGrid = { name: "S", rows: [["序号", "工作任务", "责任单位"], ...rows] };
    expect(read(plain, { firstListedLeads: true }).tasks[0].leads).toEqual(["省农委"]);
  });

  it("reads headings split over the 序号 and task cells, and 1.… headings, as nested categories", () => {
    const grid: SheetGrid = {
      name: "S",
      rows: [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["一", "工业投资目标", null, null],
        ["１", "全省努力完成工业投资", "省经委", "省发展改革委、省统计局"],
        ["二", "工业经济效益目标", null, null],
        [null, "1.规模以上工业", null, null],
        ["２", "全省规模以上工业增加值增长", "省经委", "省统计局"],
      ],
    };
    const table = read(grid);
    expect(table.tasks.map((task) => [task.id, task.category])).toEqual([
      ["1", "一、工业投资目标"],
      ["2", "二、工业经济效益目标 / 1.规模以上工业"],
    ]);
  });

  it("reads lists in the lead column: co-leads, 分别牵头, 按职责分工负责, and keeps a lead repeated as supporting", () => {
    const grid: SheetGrid = {
      name: "任务分解表",
      rows: [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "城乡三项基本医疗保险参保率达到92％。", "省人力资源社会保障厅、省卫生厅", ""],
        ["2", "加快推进长吉一体化进程。", "长春市政府、吉林市政府分别牵头", "省发展改革委"],
        ["3", "加强地震和气象灾害的预测预防。", "省地震局、省气象局按职责分工负责", ""],
        ["4", "森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米。", "省林业厅", "省林业厅、省环保厅"],
        ["5", "非化石能源占一次能源消费比重达到9.8％。", "", "省能源局"],
      ],
    };
    const tasks = read(grid).tasks;
    expect(tasks.map((task) => [task.responsibility, task.leads, task.supporting])).toEqual([
      ["lead", ["省人力资源社会保障厅", "省卫生厅"], []],
      ["respective", ["长春市政府", "吉林市政府"], ["省发展改革委"]],
      ["joint", [], ["省地震局", "省气象局"]],
      ["lead", ["省林业厅"], ["省林业厅", "省环保厅"]],
      ["lead", [], ["省能源局"]],
    ]);
    expect(tasks.map((task) => task.responsibilityText)).toEqual([
      "省人力资源社会保障厅、省卫生厅",
      "长春市政府、吉林市政府分别牵头；省发展改革委",
      "省地震局、省气象局按职责分工负责",
      "省林业厅；省林业厅、省环保厅",
      "省能源局",
    ]);
  });

  it("reports names by the roster's full name, else as the table writes them", () => {
    const grid: SheetGrid = {
      name: "S",
      rows: [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "单位地区生产总值能源消耗降低16％。", "省发改委", "省 国土厅、省人社厅"],
      ],
    };
    // Without a roster the table's own spelling is kept: built-in short forms serve matching, never rewriting.
    expect(read(grid).tasks[0]).toMatchObject({ leads: ["省发改委"], supporting: ["省国土厅", "省人社厅"] });
    const roster = buildRoster({ name: "部门名录", rows: [["单位名称", "简称"], ["吉林省发展和改革委员会", "省发改委、发改委"]] });
    expect(read(grid, { roster }).tasks[0].leads).toEqual(["吉林省发展和改革委员会"]);
  });

  it("uses the 1-based sheet row and the grid's origin for sources and cells", () => {
    const grid: SheetGrid = {
      name: "S",
      origin: { row: 4, col: 2 },
      rows: [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "九年义务教育巩固率达到99％。", "省教育厅", "2015年底"],
      ],
    };
    const table = read(grid);
    expect(table.headerRow).toBe(5);
    expect(table.tasks[0].source).toEqual({ sheet: "S", row: 6 });
    expect(table.cells[0].address).toEqual({ id: "C6", title: "D6", lead: "E6", deadline: "F6" });
    expect({ ...table.cells[0].departmentColumns }).toEqual({ 省教育厅: "lead" });
    expect(table.cells[0].address[table.cells[0].departmentColumns["省教育厅"]]).toBe("E6");
  });

  it("generates ids when there is no 序号 column, and reads full-width ids and Excel date serials", () => {
    const noIds: SheetGrid = {
      name: "S",
      rows: [
        ["主要任务", "牵头单位", "完成时限"],
        ["耕地保有量保持在553万公顷。", "省国土资源厅", 40908],
        ["全省总人口控制在2787万人以内。", "省人口计生委", "长期"],
      ],
    };
    expect(read(noIds).tasks.map((task) => [task.id, task.deadline])).toEqual([
      ["1", "2011-12-31"],
      ["2", null],
    ]);
    const fullWidth: SheetGrid = { name: "S", rows: [["编号", "工作任务", "牵头单位"], ["１２", "城镇参加基本养老保险人数达到650万人。", "省人力资源社会保障厅"]] };
    expect(read(fullWidth).tasks[0].id).toBe("12");
  });

  it("dates deadlines without a year in the title's year, and keeps a bad one for validation", () => {
    const grid: SheetGrid = {
      name: "S",
      rows: [
        ["2011年重点工作任务分解表"],
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "耕地保有量保持在553万公顷。", "省国土资源厅", "12月底前"],
        ["2", "九年义务教育巩固率达到99％。", "省教育厅", "2011年13月"],
      ],
    };
    const table = read(grid);
    expect(table.tasks.map((task) => task.deadline)).toEqual(["2011-12-31", null]);
    expect(table.cells.map((cells) => cells.deadlineValid)).toEqual([true, false]);
    expect(table.cells[1].deadlineText).toBe("2011年13月");
  });

  it("keeps a row with departments but no task text as a task with an empty title; skips stray rows", () => {
    const grid: SheetGrid = {
      name: "S",
      rows: [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["10", "", "省教育厅", "2011年12月底"],
        ["11", null, null, "2011年12月底"],
        ["12", null, null, null],
        ["填表人：张三", null, null, "联系电话：88888888"],
      ],
    };
    const tasks = read(grid).tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ id: "10", title: "", leads: ["省教育厅"] });
  });

  it("skips a header repeated on a later page", () => {
    const header = ["序号", "工作任务", "牵头单位"];
    const grid: SheetGrid = { name: "S", rows: [header, ["1", "耕地保有量保持在553万公顷。", "省国土资源厅"], header, ["2", "九年义务教育巩固率达到99％。", "省教育厅"]] };
    expect(read(grid).tasks.map((task) => task.id)).toEqual(["1", "2"]);
  });

  it("reads the clerk's columns when given, and reads target with its unit, 分管领导 and 备注", () => {
    const grid: SheetGrid = {
      name: "S",
      rows: [
        ["序号", "工作任务", "目标值", "计量单位", "甲", "乙", "分管领导", "备注"],
        ["1", "工业大项目当年计划投资", 284, "亿元", "省发展改革委", "省经委", "王副省长", "月调度"],
      ],
    };
    const table = read(grid, { columns: { id: 0, title: 1, target: 2, unit: 3, lead: 4, supporting: 5, leader: 6, remark: 7 } });
    expect(table.tasks[0]).toMatchObject({ target: "284亿元", leads: ["省发展改革委"], supporting: ["省经委"], leader: "王副省长", remark: "月调度" });
  });

  it("fails with no-task-table when there is no header and no columns", () => {
    const result = readTaskTable({ name: "通讯录", rows: [["姓名", "电话"]] });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: "no-task-table", severity: "error", sheet: "通讯录" });
  });

  it("converts traditional department names, each distinct cell text once however many rows repeat it", () => {
    const converted: string[] = [];
    const toSimplified = (text: string): string => {
      converted.push(text);
      return text.replace("科學技術廳", "科学技术厅").replace("財政廳", "财政厅");
    };
    const grid: SheetGrid = {
      name: "任務分解表",
      rows: [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "實施科技創新工程", "省科學技術廳", "省財政廳"],
        ["2", "推進高新技術產業化", "省科學技術廳", "省財政廳"],
        ["3", "加強基礎研究", "省科學技術廳", ""],
      ],
    };
    const table = read(grid, { toSimplified });
    expect(table.tasks.map((task) => [task.leads, task.supporting])).toEqual([
      [["省科学技术厅"], ["省财政厅"]],
      [["省科学技术厅"], ["省财政厅"]],
      [["省科学技术厅"], []],
    ]);
    expect(converted.filter((text) => text === "省科學技術廳")).toHaveLength(1);
    expect(converted.filter((text) => text === "省財政廳")).toHaveLength(1);
  });
});
