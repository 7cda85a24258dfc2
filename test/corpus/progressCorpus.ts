import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { computeProgress } from "../../src/app/computeProgress";
import type { TaskEvaluation } from "../../src/domain/evaluation";
import type { CellValue, SheetGrid } from "../../src/domain/grid";
import type { Problem } from "../../src/domain/problem";
import { MemoryWorkbook } from "../app/memoryWorkbook";

/** One circular of the corpus (test/fixtures/corpus/progress/<slug>/fixture.json), as its README describes it. */
export interface CorpusFixture {
  source: string;
  title: string;
  asOf: string;
  /** 序时进度 the circular itself implies, when it prints one (a fraction), else null. */
  expectedProgress: number | null;
  /**
   * When the circular's figures lag behind its period (1-8月 in a September report): the month-end they refer to. Every
   * reported task must count them, marked with this dataPeriod, against that month's expected progress.
   */
  dataPeriod?: string;
  /** Settings the circular's own practice calls for (岳阳楼区 prints a level reached as 100%: levelReachedShown "capped"). */
  settings?: Record<string, string | number>;
  tasks: { id: string; title: string; target: string; deadline: string; lead: string }[];
  /** Each report's cells as published: column header → cell text. */
  reports: { department: string; taskId: string; cells: Record<string, string> }[];
  published: PublishedFigure[];
  notes: string;
}

export interface PublishedFigure {
  taskId: string;
  /** The published completion ratio (a fraction), when its base is the year's plan; null when none is printed. */
  ratio: number | null;
  verdict: string | null;
  quote: string;
  /**
   * Where the circular's own arithmetic is off beyond its printed precision: the quotient of its printed figures
   * (a fraction) and why, e.g. { ratio: 1.2212, why: "5.52/4.52 = 122.12%, printed 122.0%" }.
   */
  arithmetic?: { ratio: number; why: string };
  /** A gap the circular prints (低于目标0.9个百分点, 超序时进度2.69个百分点): points, and what they are against. */
  gap?: { points: number; against: "expected-progress" | "target-rate" };
}

export const CORPUS_FOLDER = join(__dirname, "..", "fixtures", "corpus", "progress");

/** The slugs of the corpus (or of another folder of circulars in the same form), sorted. */
export function corpusSlugs(corpusFolder: string = CORPUS_FOLDER): string[] {
  return readdirSync(corpusFolder)
    .filter((slug) => existsSync(join(corpusFolder, slug, "fixture.json")))
    .sort();
}

export function readFixture(slug: string, corpusFolder: string = CORPUS_FOLDER): CorpusFixture {
  return JSON.parse(readFileSync(join(corpusFolder, slug, "fixture.json"), "utf8")) as CorpusFixture;
}

function chineseDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * The fixture as the clerk's workbook holds it: a task table (序号, 工作任务, 年度目标, 牵头单位, 完成时限 under the
 * circular's title) and a progress sheet with the published cells under their published headers (序号, 工作任务, each
 * published column, 填报单位).
 */
export function corpusSheets(fixture: CorpusFixture): { taskTable: SheetGrid; progress: SheetGrid } {
  const taskRows: CellValue[][] = [[fixture.title], ["序号", "工作任务", "年度目标", "牵头单位", "完成时限"]];
  for (const task of fixture.tasks) taskRows.push([task.id, task.title, task.target, task.lead, chineseDate(task.deadline)]);
  const keys: string[] = [];
  for (const report of fixture.reports) for (const key of Object.keys(report.cells)) if (!keys.includes(key)) keys.push(key);
  const titleOf = new Map(fixture.tasks.map((task) => [task.id, task.title]));
  const progressRows: CellValue[][] = [["序号", "工作任务", ...keys, "填报单位"]];
  for (const report of fixture.reports) {
    progressRows.push([report.taskId, titleOf.get(report.taskId) ?? "", ...keys.map((key) => report.cells[key] ?? ""), report.department]);
  }
  return { taskTable: { name: "重点工作任务分解表", rows: taskRows }, progress: { name: "进展情况", rows: progressRows } };
}

/**
 * The fixture as a workbook in memory (the task table and the progress sheet, the circular's settings saved with it),
 * run through the application's steps as the pane and the command line run them: checkWorkbook, then computeProgress
 * at the circular's as-of date.
 */
export async function runCorpusFixture(fixture: CorpusFixture): Promise<{ evaluations: TaskEvaluation[]; problems: Problem[] }> {
  const { taskTable, progress } = corpusSheets(fixture);
  const port = new MemoryWorkbook([taskTable, progress]);
  port.settings = { ...(fixture.settings ?? {}) };
  const checked = await checkWorkbook(port);
  if (!checked.ok) throw new Error(`task table not read: ${checked.problems.map((p) => p.code).join(", ")}`);
  const computed = await computeProgress(port, { check: checked.value, asOf: fixture.asOf, sheets: checked.value.sheets });
  const unreadSettings = computed.problems.filter((problem) => problem.code === "bad-setting" || problem.code === "unknown-setting");
  if (unreadSettings.length > 0) throw new Error(`settings not read: ${JSON.stringify(fixture.settings)}`);
  return { evaluations: computed.built.evaluations, problems: [...checked.problems, ...computed.problems] };
}

const ON_SCHEDULE = new Set(["on-schedule", "done", "due-soon"]);
const LATE = new Set(["lagging", "lagging-badly", "overdue"]);

/**
 * Whether a status says what a published verdict says: 未达到序时进度 → lagging; 超额完成 → done with a ratio above
 * 100%; 完成 / 达标 / 达到目标 → done; 达到 / 超序时进度 → on schedule (or done). Null for a verdict of no known form.
 */
export function verdictAgrees(verdict: string, evaluation: TaskEvaluation): boolean | null {
  if (/未达到|未达|滞后|低于/.test(verdict)) return LATE.has(evaluation.status);
  if (/超额/.test(verdict)) return evaluation.status === "done" && (evaluation.ratio === null || evaluation.ratio > 1);
  if (/完成|达标|达到目标/.test(verdict)) return evaluation.status === "done";
  if (/达到|超序时|序时推进|按序时/.test(verdict)) return ON_SCHEDULE.has(evaluation.status) && evaluation.status !== "done";
  return null;
}

/**
 * Half a unit of the last decimal the circular prints for a ratio, in percentage points (53% → 0.5, 122.0% → 0.05,
 * 100.27% → 0.005), read from the figure as quoted (the JSON's 1.22 has lost the printed 122.0%).
 */
export function printedHalfUnit(ratio: number, quote: string): number {
  const percent = ratio * 100;
  const printed = [...quote.matchAll(/\d+(?:\.\d+)?/g)].map((match) => match[0]).find((text) => Math.abs(Number(text) - percent) < 1e-6);
  const decimals = printed === undefined ? (String(Math.round(percent * 1e4) / 1e4).split(".")[1] ?? "").length : (printed.split(".")[1] ?? "").length;
  return 0.5 / 10 ** decimals;
}
