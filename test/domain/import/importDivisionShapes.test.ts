import { importDivisionText } from "../../../src/domain/import/importDivisionText";
import type { ImportedDivision } from "../../../src/domain/import/importDivisionText";

function imported(text: string): ImportedDivision {
  const result = importDivisionText(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.code}: ${problem.message}`).join("\n"));
  return result.value;
}

const summary = (division: ImportedDivision) =>
  division.tasks.map((task) => ({ line: task.source.line, title: task.title, category: task.category, leads: task.leads, supporting: task.supporting, kind: task.responsibility }));

describe("importDivisionText — the shapes of division documents", () => {
  it("reads 责任单位： on its own line after each task, numbered tasks under headings (no rule: first-listed leads, said once)", () => {
    const text = [
      "吉林市2018年重点工作任务分解方案",
      "",
      "一、稳增长",
      "（一）扩大有效投资",
      "1.大力实施“双十”项目工程，开工5000万元以上项目482项。",
      "责任单位：市发改委、市经信局、市住建局",
      "2.地区生产总值可比增长5%。",
      "责任单位：市发改委",
      "（二）做大做强工业",
      "3.实施工业项目年活动，完成工业投资1700亿元。",
      "责任单位：市经信局、市发改委",
    ].join("\n");
    const division = imported(text);
    expect(summary(division)).toEqual([
      { line: 5, title: "大力实施“双十”项目工程，开工5000万元以上项目482项。", category: "（一）扩大有效投资", leads: ["市发改委"], supporting: ["市经信局", "市住建局"], kind: "lead" },
      { line: 7, title: "地区生产总值可比增长5%。", category: "（一）扩大有效投资", leads: ["市发改委"], supporting: [], kind: "lead" },
      { line: 10, title: "实施工业项目年活动，完成工业投资1700亿元。", category: "（二）做大做强工业", leads: ["市经信局"], supporting: ["市发改委"], kind: "lead" },
    ]);
    expect(division.tasks.map((task) => [task.id, task.number, task.section])).toEqual([
      ["1", "1.", ["一", "一"]],
      ["2", "2.", ["一", "一"]],
      ["3", "3.", ["一", "二"]],
    ]);
    expect(division.tasks[0].responsibilityText).toBe("责任单位：市发改委、市经信局、市住建局");
    // One warning for the document says which reading was applied to the two unmarked lists; the clerk may switch it.
    expect(division.problems.filter((problem) => problem.code === "convention-applied")).toHaveLength(1);
    expect(division.convention).toEqual({ reading: "first-listed", tasks: 2 });
    const joint = importDivisionText(text, { unmarked: "joint" });
    expect(joint.ok && joint.value.tasks.map((task) => [task.responsibility, task.leads])).toEqual([
      ["joint", []],
      ["lead", ["市发改委"]],
      ["joint", []],
    ]);
  });

  it("reads 牵头单位：… 配合单位：… on one line and on two lines", () => {
    const text = [
      "（一）促进消费",
      "",
      "1.社会消费品零售总额增长8%左右。",
      "牵头单位：市商务局  配合单位：市统计局、市市场监管局",
      "",
      "2.建设创业公共服务平台。",
      "牵头单位：市人社局",
      "配合单位：市财政局",
    ].join("\n");
    const division = imported(text);
    expect(summary(division).map(({ leads, supporting, kind }) => ({ leads, supporting, kind }))).toEqual([
      { leads: ["市商务局"], supporting: ["市统计局", "市市场监管局"], kind: "lead" },
      { leads: ["市人社局"], supporting: ["市财政局"], kind: "lead" },
    ]);
    expect(division.tasks[1].responsibilityText).toBe("牵头单位：市人社局 配合单位：市财政局");
    expect(division.problems.filter((problem) => problem.severity !== "info")).toEqual([]);
  });

  it("applies a note line with 下同 to every list after it, not before", () => {
    const text = [
      "（一）农业",
      "新增耕地面积275万亩。（省国土资源厅、省农委负责）",
      "注：列第一位者为牵头部门，下同。",
      "粮食播种面积稳定在6850万亩以上。（省农委、省国土资源厅负责）",
    ].join("\n");
    const division = importDivisionText(text, { unmarked: "joint" });
    if (!division.ok) throw new Error("not imported");
    // Before the note the list is unmarked (read by the document's convention, here joint); after it the rule holds.
    expect(division.value.tasks.map((task) => [task.responsibility, task.leads])).toEqual([
      ["joint", []],
      ["lead", ["省农委"]],
    ]);
    expect(division.value.tasks[1].supporting).toEqual(["省国土资源厅"]);
    expect(division.value.convention.tasks).toBe(1);
  });

  it("applies a note in the preamble (or at the end) without 下同 to the whole document", () => {
    const body = ["（一）农业", "新增耕地面积275万亩。（省国土资源厅、省农委负责）", "改造2000万亩中低产田。（省农委、省财政厅负责）"];
    const preamble = imported(["各市（州）人民政府：", "现将分工方案印发给你们。各项任务中列第一位的部门为牵头部门。", ...body].join("\n\n"));
    expect(preamble.tasks.map((task) => task.leads)).toEqual([["省国土资源厅"], ["省农委"]]);
    const closing = imported([...body, "说明：排在第一位的为牵头单位。"].join("\n\n"));
    expect(closing.tasks.map((task) => task.leads)).toEqual([["省国土资源厅"], ["省农委"]]);
  });

  it("honours 除标注“分别牵头”外: a 分别牵头 list keeps several leads", () => {
    const text = [
      "本方案中，除标注“分别牵头”外，列第一位的部门为牵头部门，下同。",
      "一、重点工作",
      "推进城乡一体化的社会保障体系建设。（省人力资源社会保障厅、省民政厅、省卫生厅分别牵头）",
      "健全林区社会保障体系。（省人力资源社会保障厅、省林业厅负责）",
    ].join("\n\n");
    const division = imported(text);
    expect(summary(division).map(({ leads, supporting, kind, category }) => ({ leads, supporting, kind, category }))).toEqual([
      { leads: ["省人力资源社会保障厅", "省民政厅", "省卫生厅"], supporting: [], kind: "respective", category: "一、重点工作" },
      { leads: ["省人力资源社会保障厅"], supporting: ["省林业厅"], kind: "lead", category: "一、重点工作" },
    ]);
  });

  it("reads traditional characters (牽頭, 負責, 按職責分工負責, 部門)", () => {
    const text = [
      "（一）約束性指標。",
      "耕地保有量保持在553萬公頃。（省國土資源廳牽頭）",
      "單位工業增加值用水量降低30％。（省水利廳、省發展改革委等部門按職責分工負責）",
      "新增耕地面積275萬畝。（省國土資源廳、省農委負責。列第一位者為牽頭部門，下同）",
    ].join("\n\n");
    const division = imported(text);
    expect(summary(division).map(({ leads, supporting, kind }) => ({ leads, supporting, kind }))).toEqual([
      { leads: ["省国土资源厅"], supporting: [], kind: "lead" },
      { leads: [], supporting: ["省水利厅", "省发展改革委"], kind: "joint" },
      { leads: ["省国土资源厅"], supporting: ["省农委"], kind: "lead" },
    ]);
    expect(division.tasks[0].title).toBe("耕地保有量保持在553萬公頃。");
    expect(division.tasks[0].category).toBe("（一）約束性指標");
  });

  it("joins the line breaks of a PDF copy inside a sentence and inside a bracket", () => {
    const text = [
      "　　（二）促进率先实现农业现代化。",
      "　　1.大力提高农业综合生产能力。",
      "　　积极实施增产百亿斤商品粮能力建设规划。全面加强农田水利基础设",
      "施建设，改造2000万亩中低产田，到2012年粮食综合生产能力达到600亿斤水",
      "平。（省发展改革委、省农委、省财政厅、省国土资源厅、省水利厅、省农发办、",
      "省气象局负责。列第一位者为牵头部门，下同）",
      "　　新增耕地面积275万亩，粮食播种面积稳定在6850万亩以上。（省国土资源厅、省农委负责）",
    ].join("\n");
    const division = imported(text);
    expect(summary(division)).toEqual([
      {
        line: 3,
        title: "积极实施增产百亿斤商品粮能力建设规划。全面加强农田水利基础设施建设，改造2000万亩中低产田，到2012年粮食综合生产能力达到600亿斤水平。",
        category: "（二）促进率先实现农业现代化 / 1.大力提高农业综合生产能力",
        leads: ["省发展改革委"],
        supporting: ["省农委", "省财政厅", "省国土资源厅", "省水利厅", "省农发办", "省气象局"],
        kind: "lead",
      },
      {
        line: 7,
        title: "新增耕地面积275万亩，粮食播种面积稳定在6850万亩以上。",
        category: "（二）促进率先实现农业现代化 / 1.大力提高农业综合生产能力",
        leads: ["省国土资源厅"],
        supporting: ["省农委"],
        kind: "lead",
      },
    ]);
  });

  it("joins a PDF copy with a blank line after every line, paragraphs told by their indent", () => {
    const text = [
      "  (一)约束性指标。 ",
      "",
      "  化学需氧量排放减少 8.8%,二氧化硫排放减少 2.7%,氨氮排放减少 10.5%,氮氧化物",
      "",
      "排放减少 6.9%。(省环保厅牵头) ",
      "",
      "  城乡三项基本医疗保险参保率达到 92%。(省人力资源社会保障厅、省卫生厅按职",
      "",
      "责分工负责) ",
      "",
      "- 2 -",
      "",
      "  全省总人口控制在 2787 万人以内。(省人口计生委牵",
      "",
      "头) ",
    ].join("\n");
    const division = imported(text);
    expect(summary(division).map(({ line, title, leads, supporting, kind }) => ({ line, title, leads, supporting, kind }))).toEqual([
      { line: 3, title: "化学需氧量排放减少8.8%,二氧化硫排放减少2.7%,氨氮排放减少10.5%,氮氧化物排放减少6.9%。", leads: ["省环保厅"], supporting: [], kind: "lead" },
      { line: 7, title: "城乡三项基本医疗保险参保率达到92%。", leads: [], supporting: ["省人力资源社会保障厅", "省卫生厅"], kind: "joint" },
      { line: 13, title: "全省总人口控制在2787万人以内。", leads: ["省人口计生委"], supporting: [], kind: "lead" },
    ]);
    expect(division.tasks[0].category).toBe("（一）约束性指标");
  });

  it("reads full-width and half-width heading numbers: １．, ２、, 3. and （1）", () => {
    const text = [
      "二、主要任务",
      "（六）提高区域创新能力。",
      "１．加快科技创新能力建设。",
      "整合基础资源，推动科技成果转化。（省科技厅、省发展改革委负责。列第一位者为牵头部门，下同）",
      "２、推进产业重大技术突破。",
      "加强产业核心技术和前沿技术研究。（省科技厅牵头）",
      "3.促进科技成果转化。",
      "（1）完善技术交易市场体系。",
      "建设１６个国家级产品质量监督检验中心。(省质监局牵头)",
    ].join("\n\n");
    const division = imported(text);
    expect(division.tasks.map((task) => task.category)).toEqual([
      "（六）提高区域创新能力 / 1.加快科技创新能力建设",
      "（六）提高区域创新能力 / 2.推进产业重大技术突破",
      "（六）提高区域创新能力 / 3.促进科技成果转化 / （1）完善技术交易市场体系",
    ]);
    expect(division.tasks[2].title).toBe("建设１６个国家级产品质量监督检验中心。");
  });

  it("reports a bracket that names no department, with its line and text, and still lists the task", () => {
    const division = imported(["（一）约束性指标", "森林覆盖率达到44.2%。（有关部门负责）"].join("\n"));
    expect(division.tasks).toHaveLength(1);
    expect(division.tasks[0].leads).toEqual([]);
    const problem = division.problems.find((entry) => entry.code === "no-department");
    expect(problem).toMatchObject({ severity: "error", line: 2 });
    expect(problem?.message).toContain("有关部门负责");
    expect(problem?.message).toContain("森林覆盖率达到44.2%");
  });

  it("reports a task paragraph with no responsibility among tasks, and a 责任单位 line with no task", () => {
    const text = ["（一）约束性指标", "耕地保有量保持在553万公顷。（省国土资源厅牵头）", "九年义务教育巩固率达到99%。", "全省总人口控制在2787万人以内。（省人口计生委牵头）"].join("\n\n");
    const division = imported(text);
    expect(division.tasks).toHaveLength(2);
    expect(division.problems.map((problem) => [problem.code, problem.line])).toEqual([["unplaced-text", 5]]);
    expect(division.problems[0].message).toContain("九年义务教育巩固率达到99%");
    const orphan = imported(["一、任务", "责任单位：市发改委", "", "完成投资1700亿元。（市发改委牵头）"].join("\n"));
    expect(orphan.problems.map((problem) => [problem.code, problem.severity, problem.line])).toEqual([["unplaced-text", "warning", 2]]);
  });

  it("fails with a problem on an empty text or a text without any task", () => {
    const empty = importDivisionText("  \n ");
    expect(empty.ok).toBe(false);
    expect(empty.problems.map((problem) => problem.code)).toEqual(["empty-text"]);
    const none = importDivisionText("一、分工原则\n\n推动《纲要》顺利实施，主要依靠发挥市场配置资源的基础性作用。");
    expect(none.ok).toBe(false);
    expect(none.problems.map((problem) => problem.code)).toEqual(["skipped-section", "no-tasks"]);
  });

  it("reads an inline 责任单位： after the task on the same line", () => {
    const division = imported("（一）投资\n完成固定资产投资增长6%左右。责任单位：市发改委、市统计局");
    expect(summary(division)[0]).toMatchObject({ title: "完成固定资产投资增长6%左右。", leads: ["市发改委"], supporting: ["市统计局"] });
  });
});
