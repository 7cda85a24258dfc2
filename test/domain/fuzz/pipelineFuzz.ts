import fc from "fast-check";
import { checkTaskTable } from "../../../src/domain/check/checkTaskTable";
import { blankErrorValues } from "../../../src/domain/cells/blankErrorValues";
import { buildRoster } from "../../../src/domain/departments/buildRoster";
import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import { ledgerSheets } from "../../../src/app/ledgerSheets";
import { buildProgress } from "../../../src/domain/progress/buildProgress";
import { evaluationReportJson } from "../../../src/domain/progress/evaluationReportJson";
import { readProgressSources } from "../../../src/domain/progress/readProgressSources";
import { problemReportJson } from "../../../src/domain/report/problemReportJson";
import { workbookSettings } from "../../../src/domain/settings/workbookSettings";

/** Words of real task tables and progress sheets, and words that break naive code. */
const WORDS = [
  "序号", "工作任务", "年度目标", "牵头单位", "配合单位", "责任单位", "完成时限", "备注", "完成情况", "进展情况", "完成值", "单位", "填报单位", "截至日期",
  "部门名录", "全称", "简称", "台账 2007-10", "通报汇总 2007-10", "状态", "核对码", "1-10月推进情况",
  "省经委", "省发展改革委", "省发改委", "省统计局", "省人力资源社会保障厅", "各市（州）政府", "省国土资源厅牵头", "省经委、省统计局",
  "全省努力完成工业投资", "完成工业投资1700亿元", "200个", "１－１０月完成投资２４１．４亿元", "已完成", "84.6%", "万元", "亿元", "12月底前", "2007年12月31日", "长期", "持续推进",
  "一、工业投资目标", "（二）", "注：列第一位者为牵头部门", "合计", "=SUM(A1:A3)", "+1+1", "-2+3", "@SUM(A1)",
  "#N/A", "#REF!", "#DIV/0!", "#VALUE!", "toString", "constructor", "__proto__", "hasOwnProperty", "valueOf", "", " ", "\u3000", "\n",
  "NaN", "Infinity", "-0", "1e309", "9".repeat(400), "省".repeat(300), "1、2、3", "（", "）", "、、", "/", "牵头", "配合",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 3_000_000 }), fc.double(), fc.constantFrom(0, -0, 1700, 241.4, 2414000, 39386, 2958466, Number.MAX_VALUE)) },
  { weight: 1, arbitrary: fc.oneof(fc.date({ noInvalidDate: false }), fc.constant(new Date(Number.NaN))) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
);

const grid = (name: fc.Arbitrary<string>): fc.Arbitrary<SheetGrid> =>
  fc.record({
    name,
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }),
    merges: fc.array(
      fc.record({ top: fc.nat(15), left: fc.nat(9), height: fc.nat(4), width: fc.nat(4) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })),
      { maxLength: 3 },
    ),
  });

/** A workbook of grids: a task table with a real header, a roster, progress sheets, perhaps an earlier ledger. */
export const workbookGrids: fc.Arbitrary<SheetGrid[]> = fc
  .tuple(
    grid(fc.constant("任务分解表")),
    fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }),
    grid(fc.constantFrom("部门名录", "省经委进展", "台账 2007-10", "通报汇总 2007-10", "设置", "toString", "__proto__")),
    grid(fc.constantFrom("省统计局进展", "Sheet1", "constructor")),
  )
  .map(([tasks, taskRows, second, third]) => {
    const header: CellValue[] = ["序号", "工作任务", "年度目标", "牵头单位", "配合单位", "完成时限", "备注"];
    const table: SheetGrid = { ...tasks, rows: [["2007年重点工作任务分解表"], header, ...taskRows, ...tasks.rows] };
    const sheets = [table, second, third];
    return sheets.filter((sheet, index) => sheets.findIndex((other) => other.name === sheet.name) === index);
  });

export const asOfDates = fc.constantFrom("2007-10-31", "2007-06-30", "2007-12-31", "2008-02-29", "1900-01-31", "2100-12-31");

/** Every number anywhere in a value that is NaN or infinite, by its path. */
export function nonFiniteNumbers(value: unknown, path = "$", found: string[] = []): string[] {
  if (typeof value === "number" && !Number.isFinite(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((item, index) => nonFiniteNumbers(item, `${path}[${index}]`, found));
  else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) nonFiniteNumbers(item, `${path}.${key}`, found);
  }
  return found;
}

/**
 * The whole job on grids, as the command line runs it after reading the files: error values blanked, the task table
 * checked, settings read, progress read from the other sheets, ratios and statuses computed, the ledger and the summary
 * laid out, the JSON report built. Returns everything it produced.
 */
export function runPipeline(sheets: readonly SheetGrid[], asOf: string): unknown {
  const cleaned = blankErrorValues(sheets);
  const checked = checkTaskTable(cleaned.grids);
  if (!checked.ok) return { problems: checked.problems.map(problemReportJson) };
  const report = checked.value;
  const rosterGrid = cleaned.grids.find((sheet) => sheet.name === report.rosterSheet) ?? null;
  const roster = buildRoster(rosterGrid);
  const settingsSheet = cleaned.grids.find((sheet) => sheet.name === "设置") ?? null;
  const { settings, problems: settingProblems } = workbookSettings({}, settingsSheet);
  const others = cleaned.grids.filter((sheet) => sheet.name !== report.sheet && sheet !== rosterGrid && sheet !== settingsSheet);
  const progress = readProgressSources(others, { tasks: report.tasks, roster, asOf });
  const built = buildProgress({ tasks: report.tasks, progressRows: progress.rows, resolutions: {}, asOf, settings: settings ?? DEFAULT_SETTINGS, roster });
  const output = ledgerSheets(built.evaluations, cleaned.grids, { asOf, settings });
  return {
    tasks: built.evaluations.map(evaluationReportJson),
    problems: [...cleaned.problems, ...checked.problems, ...settingProblems, ...progress.problems, ...built.problems].map(problemReportJson),
    ledger: output.ledger.layout,
    summary: output.summary,
    edits: output.edits,
  };
}
