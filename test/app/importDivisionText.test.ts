import { checkWorkbook } from "../../src/app/checkWorkbook";
import { createTaskSheet } from "../../src/app/createTaskSheet";
import { importDivisionText } from "../../src/app/importDivisionText";
import { PortRefusal } from "../../src/workbook/portRefusal";
import { MemoryWorkbook } from "./memoryWorkbook";

/** Two paragraphs of the 2011 division document (吉林省“十二五”规划纲要分工安排, examples/分工方案2011.txt). */
const TEXT = ["（一）约束性指标。", "", "耕地保有量保持在553万公顷。（省国土资源厅牵头）", "", "城乡三项基本医疗保险参保率达到92％。（省人力资源社会保障厅、省卫生厅按职责分工负责）"].join("\n");

describe("importDivisionText and createTaskSheet", () => {
  it("recognises the tasks, writes them as a task table that step 1 reads back, and shows it", async () => {
    const imported = importDivisionText(TEXT, { file: "分工方案2011.txt" });
    expect(imported.ok).toBe(true);
    expect(imported.tasks.map((task) => [task.title, task.leads, task.responsibility])).toEqual([
      ["耕地保有量保持在553万公顷。", ["省国土资源厅"], "lead"],
      ["城乡三项基本医疗保险参保率达到92％。", [], "joint"],
    ]);
    const port = new MemoryWorkbook();
    expect(await createTaskSheet(port, "任务分解表", imported.tasks, { show: true })).toBe("任务分解表");
    expect(port.selection).toEqual({ sheet: "任务分解表", address: "A1" });
    const checked = await checkWorkbook(port, { sheet: "任务分解表" });
    expect(checked.ok && checked.value.tasks.map((task) => task.leads)).toEqual([["省国土资源厅"], []]);
  });

  it("gives the problems and no tasks for a text without any task", () => {
    const imported = importDivisionText("一、分工原则\n\n推动《纲要》顺利实施，主要依靠发挥市场配置资源的基础性作用。\n");
    expect(imported.ok).toBe(false);
    expect(imported.tasks).toEqual([]);
    expect(imported.problems.map((problem) => problem.code)).toContain("no-tasks");
  });

  it("replaces an existing sheet of that name only when the clerk confirmed", async () => {
    const port = new MemoryWorkbook([{ name: "任务分解表", rows: [["序号", "工作任务", "牵头单位"], ["1", "旧任务", "省经委"]] }]);
    const { tasks } = importDivisionText(TEXT);
    await expect(createTaskSheet(port, "任务分解表", tasks)).rejects.toBeInstanceOf(PortRefusal);
    await createTaskSheet(port, "任务分解表", tasks, { overwrite: true });
    expect((await port.readSheet("任务分解表")).rows.flat()).toContain("耕地保有量保持在553万公顷。");
  });
});

describe("importDivisionText: the clerk's reading", () => {
  const PARALLEL = ["一、重点任务", "1.完成固定资产投资增长6%。", "省牵头单位：省发展改革委；市牵头单位：市发改委；市配合单位：市财政局、市统计局"].join("\n");

  it("reads the chosen level and says which levels the document has", () => {
    const imported = importDivisionText(PARALLEL, { level: "市" });
    expect(imported).toMatchObject({ ok: true, levels: ["省", "市"], level: "市" });
    expect(imported.tasks[0]).toMatchObject({ leads: ["市发改委"], supporting: ["市财政局", "市统计局"] });
  });

  it("passes the converter and the reading of unmarked lists on", () => {
    const imported = importDivisionText("一、任务\n1.建設實驗室。（省科學技術廳、省財政廳負責）", { unmarked: "joint", toSimplified: (text) => text.replace("科學技術廳", "科学技术厅").replace("財政廳", "财政厅").replace("負責", "负责") });
    expect(imported.tasks[0]).toMatchObject({ responsibility: "joint", supporting: ["省科学技术厅", "省财政厅"] });
    expect(imported.convention).toEqual({ reading: "joint", tasks: 1 });
  });
});
