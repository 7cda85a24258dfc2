/**
 * Hand-built TaskEvaluations for the ledger, summary and writer tests (no dependency on evaluateTask).
 * Tasks and departments are quoted from the 2011 division document (examples/分工方案2011.txt)
 * and the 2007 plan 吉政办明电〔2007〕23号 (工业项目年: 当年计划投资284亿元); progress texts in the style of real progress reports
 * (“1-10月完成投资126.6亿元”). As of 2009-10-31, expected progress 10/12 = 83.3%.
 */
import type { Target, TaskEvaluation, TaskStatus } from "../../../src/domain/evaluation";
import type { Task } from "../../../src/domain/task";

export const AS_OF = "2009-10-31";
export const EXPECTED = 10 / 12;

export interface EvaluationSpec {
  id: string;
  title: string;
  category?: string;
  leads?: string[];
  supporting?: string[];
  responsibility?: Task["responsibility"];
  target?: Partial<Target> | null;
  report?: string | null;
  actual?: number | null;
  ratio?: number | null;
  status: TaskStatus;
  deadline?: string | null;
  remark?: string;
}

/** A TaskEvaluation from the few fields a test cares about. */
export function evaluation(spec: EvaluationSpec): TaskEvaluation {
  const target: Target | null =
    spec.target === null ? null : { kind: "amount", value: 100, unit: "亿元", qualifier: "exact", subject: "", text: spec.title, ...(spec.target ?? {}) };
  const report = spec.report === undefined ? "1-10月推进情况正常" : spec.report;
  const ratio = spec.ratio === undefined ? null : spec.ratio;
  const gapPoints = ratio === null ? null : (ratio - EXPECTED) * 100;
  return {
    task: {
      id: spec.id,
      title: spec.title,
      category: spec.category ?? "（一）约束性指标",
      target: target?.text ?? "",
      leads: spec.leads ?? ["省发展改革委"],
      supporting: spec.supporting ?? [],
      responsibility: spec.responsibility ?? "lead",
      deadline: spec.deadline === undefined ? "2009-12-31" : spec.deadline,
      remark: spec.remark,
      source: { sheet: "分工方案", row: Number(spec.id) + 2 },
    },
    targets: target ? [target] : [],
    reports: report === null ? [] : [{ department: (spec.leads ?? ["省发展改革委"])[0] ?? "", text: report, source: { sheet: "进展", cell: `C${spec.id}` } }],
    countingReport:
      report === null ? null : { department: (spec.leads ?? ["省发展改革委"])[0] ?? "", text: report, source: { sheet: "进展", cell: `C${spec.id}` } },
    actual: spec.actual ?? null,
    ratio,
    expectedProgress: EXPECTED,
    gapPoints,
    status: spec.status,
    targetResults: target ? [{ target, actual: spec.actual ?? null, ratio, gapPoints, status: spec.status }] : [],
    decidingTargetIndex: target ? 0 : null,
  };
}

/** Eight tasks covering every status, joint and respective responsibility, a milestone and an injection string. */
export function sampleEvaluations(): TaskEvaluation[] {
  return [
    evaluation({
      id: "1",
      title: "耕地保有量保持在553万公顷。",
      leads: ["省国土资源厅"],
      target: { kind: "level", value: 553, unit: "万公顷", text: "保持在553万公顷" },
      report: "截至10月末耕地保有量553.2万公顷",
      actual: 553.2,
      ratio: 1.0004,
      status: "done",
    }),
    evaluation({
      id: "2",
      title: "单位工业增加值用水量降低30％。",
      leads: [],
      supporting: ["省水利厅", "省发展改革委", "省工业信息化厅", "省住房城乡建设厅"],
      responsibility: "joint",
      target: { kind: "reduction", value: 30, unit: "%", text: "降低30％" },
      report: "1-10月降低18.2%",
      actual: 18.2,
      ratio: 0.607,
      status: "lagging",
    }),
    evaluation({
      id: "3",
      title: "非化石能源占一次能源消费比重达到9.8％。",
      leads: ["省能源局"],
      target: { kind: "level", value: 9.8, unit: "%", text: "达到9.8％" },
      report: "比重达到8.6%",
      actual: 8.6,
      ratio: 0.878,
      status: "due-soon",
      deadline: "2009-11-10",
    }),
    evaluation({
      id: "4",
      title: "城镇参加基本养老保险人数达到650万人。",
      leads: ["省人力资源社会保障厅"],
      target: { kind: "amount", value: 650, unit: "万人", text: "达到650万人" },
      report: "1-10月参保人数585万人",
      actual: 585,
      ratio: 0.9,
      status: "on-schedule",
    }),
    evaluation({
      id: "5",
      title: "城乡三项基本医疗保险参保率达到92％。",
      leads: [],
      supporting: ["省人力资源社会保障厅", "省卫生厅"],
      responsibility: "joint",
      target: { kind: "level", value: 92, unit: "%", text: "达到92％" },
      report: null,
      status: "no-report",
    }),
    evaluation({
      id: "6",
      title: "城镇保障性安居工程建设5年累计新增63.27万套。",
      leads: ["省住房城乡建设厅"],
      target: { kind: "cumulative", value: 63.27, unit: "万套", text: "5年累计新增63.27万套", years: 5 },
      report: '=HYPERLINK("http://x","点击")',
      actual: 5.1,
      ratio: 0.403,
      status: "lagging-badly",
    }),
    evaluation({
      id: "7",
      title: "组织推动投资在亿元以上的工业大项目200个，当年计划投资284亿元。",
      category: "（二）工业项目年",
      leads: ["省工业信息化厅", "省发展改革委"],
      responsibility: "respective",
      target: { kind: "amount", value: 284, unit: "亿元", text: "当年计划投资284亿元" },
      report: "1-10月完成投资126.6亿元",
      actual: 126.6,
      ratio: 0.446,
      status: "overdue",
      deadline: "2009-09-30",
    }),
    evaluation({
      id: "8",
      title: "推进国资国企改革，组建省投融资担保公司。",
      category: "（二）工业项目年",
      leads: ["省国资委"],
      target: null,
      report: "已完成组建",
      status: "done",
    }),
  ];
}
