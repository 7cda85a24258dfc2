import type { SheetGrid } from "../../src/domain/grid";
import type { Problem } from "../../src/domain/problem";
import type { ColumnMap, Task } from "../../src/domain/task";
import type { LedgerSettings, TaskEvaluation, TaskStatus } from "../../src/domain/evaluation";
import { settingsToRecord } from "../../src/domain/settings/settingsToRecord";
import { workbookSettings } from "../../src/domain/settings/workbookSettings";
import type { CheckOutcome, DetectedColumns, ImportChoices, ImportOutcome, LedgerHost, LedgerService, ProgressOutcome, ProgressRequest } from "../../src/taskpane/services/ledgerService";
import type { Language } from "../../src/domain/language";

/** A task sheet in the shape of the 2011 division document (examples/分工方案2011.txt), with three faults. */
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
  /** The clerk's reading choices of each importText call. */
  importChoices: ImportChoices[];
  createTaskSheet: [string, Task[]][];
}

/**
 * A LedgerService over fixed data, recording the App's calls.
 * @example const { service, calls } = fakeLedgerService(); … expect(calls.selectCell).toEqual([["分工方案", "D4"]]);
 */
export function fakeLedgerService(options: { host?: LedgerHost; sheets?: string[]; problems?: Problem[]; imported?: ImportOutcome } = {}): { service: LedgerService; calls: FakeCalls } {
  const sheets = [...(options.sheets ?? ["分工方案", "部门名录"])];
  const problems = options.problems ?? PROBLEMS;
  const calls: FakeCalls = { check: [], selectCell: [], importText: [], importChoices: [], createTaskSheet: [] };
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
    importText: async (text, _fileName, choices = {}) => {
      calls.importText.push(text);
      calls.importChoices.push(choices);
      return options.imported ?? { tasks: TASKS, problems: [] };
    },
    createTaskSheet: async (name, tasks) => {
      calls.createTaskSheet.push([name, tasks]);
      if (!sheets.includes(name)) sheets.push(name);
    },
  };
  return { service, calls };
}

/** Calls of steps 2 and 3. */
export interface FakeLedgerCalls {
  buildProgress: ProgressRequest[];
  planLedger: Language[];
  writeLedger: Language[];
  saveSettings: LedgerSettings[];
}

function evaluation(task: Task, ratio: number | null, status: TaskStatus): TaskEvaluation {
  return { task, targets: [], reports: [], countingReport: null, actual: null, ratio, expectedProgress: 10 / 12, gapPoints: ratio === null ? null : (ratio - 10 / 12) * 100, status, targetResults: [], decidingTargetIndex: null };
}

/** Step 2's outcome at the end of October: one row of 省经委进展 (全省工业用电量) matches no task. */
export const PROGRESS_OUTCOME: ProgressOutcome = {
  asOf: "2007-10-31",
  expectedProgress: 10 / 12,
  rowCount: 5,
  matchedCount: 4,
  assigned: [],
  explanations: [],
  unmatched: [
    { key: "|省经委进展|C14", department: "省经委", title: "全省工业用电量", text: "1-10月全省工业用电量同比增长8.1%", location: { sheet: "省经委进展", cell: "C14" }, candidateTaskIds: ["4", "1"] },
  ],
  evaluations: [evaluation(TASKS[0], 0.846, "on-schedule"), evaluation(TASKS[1], null, "no-report"), evaluation(TASKS[2], 0.798, "lagging"), evaluation(TASKS[3], 1.02, "done")],
  problems: [
    {
      code: "conflicting-reports",
      severity: "warning",
      sheet: "省经委进展",
      cell: "C5",
      message: "任务“3 非化石能源占一次能源消费比重达到9.8％。”同一期有两个不同的数字。以牵头单位数据为准；请核实差异。",
      messageEn: "Two different figures for one period.",
    },
    { code: "not-responsible", severity: "warning", file: "省环保局进展.csv", sheet: "省环保局进展", cell: "D2", message: "省环保局报送了任务的进展，但它不是该任务的牵头或配合单位。", messageEn: "Not responsible." },
  ],
};

/**
 * The fake with steps 2 and 3: progress from the given outcome, a ledger plan (optionally with hand edits
 * it would overwrite), and the circular's paragraph.
 * @example const { service, calls, ledgerCalls } = fakeLedgerServiceWithSteps({ wouldOverwrite: ["台账 2007-10!K5（完成值）"] });
 */
export function fakeLedgerServiceWithSteps(options: { wouldOverwrite?: string[]; host?: LedgerHost; settingsSheet?: SheetGrid } = {}): { service: LedgerService; calls: FakeCalls; ledgerCalls: FakeLedgerCalls } {
  const { service, calls } = fakeLedgerService({ sheets: ["分工方案", "部门名录", "省经委进展", "各市汇总", "台账 2007-09"], host: options.host });
  const ledgerCalls: FakeLedgerCalls = { buildProgress: [], planLedger: [], writeLedger: [], saveSettings: [] };
  // Settings as the real service keeps them: a saved record, layered under an optional visible 设置 sheet.
  let savedSettings: Record<string, unknown> = {};
  const statusCounts: Record<TaskStatus, number> = { done: 1, overdue: 0, "no-report": 1, "no-figure": 0, "lagging-badly": 0, lagging: 1, "due-soon": 0, "on-schedule": 1 };
  return {
    calls,
    ledgerCalls,
    service: {
      ...service,
      buildProgress: async (request) => {
        ledgerCalls.buildProgress.push(request);
        const resolved = Object.keys(request.resolutions);
        const assigned = PROGRESS_OUTCOME.unmatched.filter((row) => resolved.includes(row.key)).map(({ candidateTaskIds: _, ...row }) => ({ ...row, taskId: request.resolutions[row.key] ?? null }));
        return { ...PROGRESS_OUTCOME, unmatched: PROGRESS_OUTCOME.unmatched.filter((row) => !resolved.includes(row.key)), assigned };
      },
      // As the real service chooses by content: 各市汇总 is offered but has no progress header; the period from 1-10月.
      prepareProgress: async () => ({ candidates: ["省经委进展", "各市汇总"], suggested: ["省经委进展"], asOf: { asOf: "2007-10-31", from: "reports" as const } }),
      readSettings: async () => workbookSettings(savedSettings, options.settingsSheet ?? null),
      saveSettings: async (settings) => {
        ledgerCalls.saveSettings.push(settings);
        savedSettings = settingsToRecord(settings);
        return workbookSettings(savedSettings, options.settingsSheet ?? null);
      },
      addProgressFile: async (name) => ({ file: { id: `file-${name}`, name, sheets: ["Sheet1"] }, problems: [] }),
      planLedger: async (_progress, lang) => {
        ledgerCalls.planLedger.push(lang);
        return { ledgerSheet: "台账 2007-10", summarySheet: "通报汇总 2007-10", taskCount: 4, statusCounts, wouldOverwrite: options.wouldOverwrite ?? [] };
      },
      writeLedger: async (_progress, lang) => {
        ledgerCalls.writeLedger.push(lang);
        return {
          ledgerSheet: "台账 2007-10",
          summarySheet: "通报汇总 2007-10",
          circular: "截至10月末，列入本次通报的量化指标任务共3项，达到序时进度2项、占比66.7%；未达到序时进度1项、占比33.3%，为：非化石能源占一次能源消费比重达到9.8％（牵头单位：省能原局）。",
          problems: [],
          recorded: { reports: 4, detailRows: 15 },
        };
      },
    },
  };
}
