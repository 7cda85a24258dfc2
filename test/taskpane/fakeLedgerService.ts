import type { SheetGrid } from "../../src/domain/grid";
import type { Problem } from "../../src/domain/problem";
import type { ColumnMap, Task } from "../../src/domain/task";
import type { CheckOutcome, DetectedColumns, ImportOutcome, LedgerHost, LedgerService } from "../../src/taskpane/services/ledgerService";

/** A task sheet in the shape of the 2011 division document (003_034b2e02c2085044.txt), with three faults. */
export const TASK_SHEET: SheetGrid = {
  name: "分工方案",
  rows: [
    ["吉林省“十二五”规划纲要主要目标和任务分工", null, null, null, null],
    ["序号", "类别", "工作任务", "牵头单位", "配合单位"],
    ["1", "（一）约束性指标", "耕地保有量保持在553万公顷。", "省国土资源厅", null],
    ["2", "（一）约束性指标", "单位工业增加值用水量降低30％。", null, "省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅"],
    ["3", "（一）约束性指标", "非化石能源占一次能源消费比重达到9.8％。", "省能原局", null],
    ["4", "（一）约束性指标", "城乡三项基本医疗保险参保率达到92％。", "省人力资源社会保障厅、省卫生厅", null],
  ],
};

export const COLUMNS: ColumnMap = { id: 0, category: 1, title: 2, lead: 3, supporting: 4 };

export const PROBLEMS: Problem[] = [
  {
    code: "missing-lead",
    severity: "error",
    sheet: "分工方案",
    cell: "D4",
    message: "任务“单位工业增加值用水量降低30％。”没有牵头单位。请在牵头单位列填写一个牵头部门。",
    messageEn: "Task 2 has no lead department. Fill in one lead department.",
  },
  {
    code: "unknown-department",
    severity: "error",
    sheet: "分工方案",
    cell: "D5",
    message: "“省能原局”不在部门名录中。请改为名录中的名称。",
    messageEn: "\"省能原局\" is not in the department roster. Use the roster's name.",
    suggestion: "省能源局",
  },
  {
    code: "multiple-leads",
    severity: "warning",
    sheet: "分工方案",
    cell: "D6",
    message: "任务有2个牵头单位（省人力资源社会保障厅、省卫生厅），责任分散。请确定一个牵头部门。",
    messageEn: "The task has 2 lead departments; name one.",
  },
];

function task(id: string, title: string, leads: string[], supporting: string[], responsibility: Task["responsibility"], row: number): Task {
  return { id, title, category: "（一）约束性指标", target: "", leads, supporting, responsibility, deadline: null, source: { sheet: "分工方案", row } };
}

export const TASKS: Task[] = [
  task("1", "耕地保有量保持在553万公顷。", ["省国土资源厅"], [], "lead", 3),
  task("2", "单位工业增加值用水量降低30％。", [], ["省水利厅", "省发展改革委", "省工业信息化厅", "省住房城乡建设厅"], "joint", 4),
  task("3", "非化石能源占一次能源消费比重达到9.8％。", ["省能原局"], [], "lead", 5),
  task("4", "城乡三项基本医疗保险参保率达到92％。", ["省人力资源社会保障厅", "省卫生厅"], [], "lead", 6),
];

/** Every call the App made, in order. */
export interface FakeCalls {
  check: { sheet: string; columns?: ColumnMap }[];
  selectCell: [string, string][];
  importText: string[];
  createTaskSheet: [string, Task[]][];
}

/**
 * A LedgerService over fixed data, recording the App's calls.
 * @example const { service, calls } = fakeLedgerService(); … expect(calls.selectCell).toEqual([["分工方案", "D4"]]);
 */
export function fakeLedgerService(options: { host?: LedgerHost; sheets?: string[]; problems?: Problem[]; imported?: ImportOutcome } = {}): { service: LedgerService; calls: FakeCalls } {
  const sheets = [...(options.sheets ?? ["分工方案", "部门名录"])];
  const problems = options.problems ?? PROBLEMS;
  const calls: FakeCalls = { check: [], selectCell: [], importText: [], createTaskSheet: [] };
  const detected: DetectedColumns = {
    headerRow: 2,
    columns: COLUMNS,
    choices: ["序号", "类别", "工作任务", "牵头单位", "配合单位"].map((header, index) => ({ index, letter: "ABCDE"[index], header })),
  };
  const service: LedgerService = {
    host: options.host ?? "excel",
    workbookName: "分工方案.xlsx",
    listSheets: async () => [...sheets],
    activeSheetName: async () => sheets[0] ?? null,
    readSheet: async (name) => ({ ...TASK_SHEET, name }),
    selectCell: async (sheet, cell) => {
      calls.selectCell.push([sheet, cell]);
    },
    detectColumns: async () => detected,
    check: async (request): Promise<CheckOutcome> => {
      calls.check.push(request);
      return { report: { sheet: request.sheet, headerRow: 2, columns: request.columns ?? COLUMNS, tasks: TASKS, rosterSheet: "部门名录" }, problems };
    },
    readDocument: async (_name, bytes) => ({ text: new TextDecoder().decode(bytes), problems: [] }),
    importText: async (text) => {
      calls.importText.push(text);
      return options.imported ?? { tasks: TASKS, problems: [] };
    },
    createTaskSheet: async (name, tasks) => {
      calls.createTaskSheet.push([name, tasks]);
      if (!sheets.includes(name)) sheets.push(name);
    },
  };
  return { service, calls };
}
