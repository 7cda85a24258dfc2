import { readFileSync } from "node:fs";
import { join } from "node:path";
import { taskTableLayout } from "../../../src/domain/layout/taskTableLayout";
import { importDivisionText } from "../../../src/domain/import/importDivisionText";
import type { Task } from "../../../src/domain/task";
import { readTaskTable } from "../../../src/domain/table/readTaskTable";
import { DIVISION_2011_FILE, DIVISION_2011_TASK_COUNT } from "../../fixtures/division2011";

const DOCUMENT = readFileSync(join(__dirname, "..", "..", "..", "..", "shared", "domain", DIVISION_2011_FILE), "utf8");

function tasksOf003(): Task[] {
  const result = importDivisionText(DOCUMENT);
  if (!result.ok) throw new Error("import failed");
  return result.value.tasks;
}

describe("taskTableLayout", () => {
  const tasks = tasksOf003();
  const layout = taskTableLayout(tasks);

  it("writes the header 序号 类别 工作任务 年度目标 牵头单位 配合单位 完成时限 责任方式 原文 and a row per task", () => {
    expect(layout.name).toBe("任务分解表");
    expect(layout.values[0]).toEqual(["序号", "类别", "工作任务", "年度目标", "牵头单位", "配合单位", "完成时限", "责任方式", "原文"]);
    expect(layout.values).toHaveLength(DIVISION_2011_TASK_COUNT + 1);
    expect(layout.values[1]).toEqual(["一-1", "（一）约束性指标", "耕地保有量保持在553万公顷。", "耕地保有量保持在553万公顷", "省国土资源厅", "", "", "牵头", "省国土资源厅牵头"]);
  });

  it("writes a joint task's departments with 按职责分工负责 in 牵头单位, and joins departments with 、", () => {
    const water = layout.values[2];
    expect(water.slice(4, 9)).toEqual([
      "省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅按职责分工负责",
      "",
      "",
      "按职责分工",
      "省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅等部门按职责分工负责",
    ]);
    const grain = layout.values[13];
    expect(grain[4]).toBe("省发展改革委");
    expect(grain[5]).toBe("省农委、省财政厅、省国土资源厅、省水利厅、省农发办、省气象局");
  });

  it("writes 分别牵头 for respective leads and the deadline as written", () => {
    const respective: Task = {
      id: "7",
      title: "加快推进长吉一体化进程。",
      category: "",
      target: "",
      leads: ["长春市政府", "吉林市政府"],
      supporting: ["省发展改革委"],
      responsibility: "respective",
      deadline: "2015-12-31",
      source: { line: 3 },
    };
    expect(taskTableLayout([respective], { name: "导入:任务/2011" }).values[1]).toEqual([
      7,
      "",
      "加快推进长吉一体化进程。",
      "",
      "长春市政府、吉林市政府分别牵头",
      "省发展改革委",
      "2015-12-31",
      "分别牵头",
      "",
    ]);
    expect(taskTableLayout([respective], { name: "导入:任务/2011" }).name).toBe("导入任务2011");
  });

  it("makes the header bold, freezes it, filters the table, wraps text and prints landscape", () => {
    expect(layout.freezeRows).toBe(1);
    expect(layout.autoFilter).toEqual({ top: 0, left: 0, bottom: DIVISION_2011_TASK_COUNT, right: 8 });
    expect(layout.styles[0]).toMatchObject({ range: { top: 0, bottom: 0, left: 0, right: 8 }, style: { bold: true, wrap: true } });
    expect(layout.styles.filter((run) => run.range.top === 1).every((run) => run.style.wrap === true)).toBe(true);
    expect(layout.columnWidths).toHaveLength(9);
    expect(layout.columnWidths[2]).toBeGreaterThan(layout.columnWidths[0]);
    expect(layout.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true, repeatRows: { first: 0, last: 0 } });
    // A long paragraph gets a taller row than a one-line task.
    expect(layout.rowHeights?.[25]).toBeGreaterThan(layout.rowHeights?.[1] ?? 0);
  });

  it("keeps a text starting with = as a text value (the writer never makes it a formula)", () => {
    const formulaLike: Task = { ...tasks[0], title: "=HYPERLINK(\"http://x\")", responsibilityText: "+省财政厅牵头" };
    const row = taskTableLayout([formulaLike]).values[1];
    expect(row[2]).toBe("=HYPERLINK(\"http://x\")");
    expect(row[8]).toBe("+省财政厅牵头");
  });
});

describe("taskTableLayout — leaders", () => {
  it("adds a 责任领导 column after 配合单位 when a task names leaders, and the check reads them back", () => {
    const imported = importDivisionText("一、目标\n1.地区生产总值增长8%以上。(责任领导:杜新国、丁玲;牵头单位:区发改局)");
    if (!imported.ok) throw new Error("not imported");
    const layout = taskTableLayout(imported.value.tasks);
    expect(layout.values[0]).toEqual(["序号", "类别", "工作任务", "年度目标", "牵头单位", "配合单位", "责任领导", "完成时限", "责任方式", "原文"]);
    expect(layout.values[1][6]).toBe("杜新国、丁玲");
    const read = readTaskTable({ name: "任务分解表", rows: layout.values.map((row) => row.map((value) => (value === null ? null : value))) });
    expect(read.ok && read.value.tasks[0]).toMatchObject({ leads: ["区发改局"], leaders: ["杜新国", "丁玲"] });
  });
});
