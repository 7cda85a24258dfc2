import type { DepartmentRoster } from "../departments/buildRoster";
import { canonicalDepartment } from "../departments/canonicalDepartment";
import { departmentKey } from "../departments/departmentKey";
import { DEFAULT_SETTINGS, type LedgerSettings, type ProgressReport, type Target, type TaskEvaluation } from "../evaluation";
import { mayBeOneFigure } from "../numbers/mayBeOneFigure";
import type { Problem } from "../problem";
import { parseTargets } from "../targets/parseTargets";
import type { Task } from "../task";
import { combineLeadParts } from "./combineLeadParts";
import { compareProgressRows } from "./compareProgressRows";
import { countingPeriodReports } from "./countingPeriodReports";
import { evaluateTask, type EvaluateTaskContext } from "./evaluateTask";
import { matchProgressRows, type ProgressMatch, type ProgressMatching, type ProgressResolutions, type UnresolvedProgressRow } from "./matchProgressRows";
import type { ProgressRow } from "./progressRow";
import { partialReportProblem } from "./partialReportProblem";
import { reportConflicts } from "./reportConflicts";
import { reportFigure } from "./reportFigure";
import { respectiveConflicts } from "./respectiveConflicts";
import { taskLabel } from "./taskLabel";
import { taskReportSource } from "./taskReportSource";
import type { LeadSplit, TaskReport } from "./taskReport";
import { taskReports } from "./taskReports";
import { unresolvedRowProblem } from "./unresolvedRowProblem";

export interface BuildProgressInput {
  tasks: readonly Task[];
  progressRows: readonly ProgressRow[];
  /** The clerk's choices for unmatched and ambiguous rows: progressRowKey → task number (null: no task). */
  resolutions?: ProgressResolutions;
  /** As-of date, yyyy-mm-dd (validated by the caller). */
  asOf: string;
  settings?: LedgerSettings;
  /** For department names written differently in progress sheets and the task table. */
  roster?: DepartmentRoster;
}

export interface BuildProgressResult {
  /** One per task, in task-table order. */
  evaluations: TaskEvaluation[];
  /** Rows the clerk must resolve: unmatched (reason "no-match", "unknown-resolution") and ambiguous ones. */
  unmatched: UnresolvedProgressRow[];
  /** The whole matching, for the pane (matched rows and how, rows the clerk set aside). */
  matching: ProgressMatching;
  /** not-responsible, conflicting-reports, partial-report, no-lead-report, stale-report, report-after-as-of, unmatched-progress,
   *  ambiguous-progress and evaluateTask's (unit-mismatch, no-figure, …), each at its file, sheet and cell. */
  problems: Problem[];
}

/** A task no row matched: empty lists shared, never changed (frozen). */
const NO_REPORTS = Object.freeze([]) as unknown as TaskReport[];
const NO_PROGRESS_REPORTS = Object.freeze([]) as unknown as ProgressReport[];

/**
 * Step 2 of the job: match the departments' progress rows to the tasks and evaluate every task at the as-of date.
 * Per task, the matched rows become its reports (all kept, shown in the ledger; the lead's first). Ownership: a report from a
 * department neither lead nor supporting is `not-responsible` (warning, at its 填报单位 cell) and never counts.
 * Period: a row dated after the as-of date is `report-after-as-of` and never counts. A row whose figures lag behind the
 * period by at most the setting 数据滞后月数 (default 1: 1-9月 in an October run) is the latest available: it counts when no
 * row of the period itself answers for the task, and the task is judged against its own period's expected progress
 * (evaluateTask's dataAsOf; the evaluation's dataPeriod, shown 数据截至9月). Older rows are `stale-report` and do not count. The lead's current report counts (for joint responsibility any
 * responsible department's; a row that names no department counts when the lead sent none); when only supporting
 * departments reported, nothing counts (`no-lead-report`, status no-report). Two different figures for one task and
 * period are `conflicting-reports` showing both figures and both cells: an error when the counting side itself
 * disagrees (two lead rows), else a warning — the lead's figure counts.
 * 分别牵头 (responsibility "respective", several leads), each lead reporting its own part: when the task's only target is
 * additive (amount or cumulative), the leads' figures (in the target's unit) are summed into one counting report
 * (combineLeadParts: departments joined with “、”, texts “部门：…” joined with “；”, at the first reporting lead's row);
 * different leads' figures are no conflict, two rows of one lead still are. A lead that sent nothing for the period,
 * or whose figure cannot be read (its no-figure / unit-mismatch is given at its cell), is missing: the sum holds the
 * others' parts and `partial-report` (warning, at the counting row) names the missing leads; a lead's stated share of
 * its own plan (完成年计划的X%) is not checked against the sum (no reported-ratio-differs). Other targets of
 * respective tasks (level, cap, growth, reduction, milestone — or a task with several targets) are not summed: one
 * lead's report counts, as for a single lead, and differing leads' figures are warnings. Targets are parseTargets(target || title);
 * ratio and status come from evaluateTask, whose problems point at the counting row's cell. Unmatched and
 * ambiguous rows are listed (and reported as warnings at their cells), never guessed.
 * @example buildProgress({ tasks, progressRows, asOf: "2007-10-31" }).evaluations[3]
 * // { task: { id: "4", … }, actual: 241.4, ratio: 0.85, expectedProgress: 0.8333, status: "on-schedule", … }
 * Rule: docs/RULES.md, 牵头 (responsibility conventions).
 */
export function buildProgress(input: BuildProgressInput): BuildProgressResult {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const problems: Problem[] = [];
  // A report names its unit in any of its ways of writing (市发展改革委 for the table's 市发改委): it takes the task table's spelling.
  const spelling = new Map<string, string>();
  const spell = (name: string): void => {
    const key = departmentKey(name);
    if (!spelling.has(key)) spelling.set(key, name);
  };
  for (const task of input.tasks) {
    for (const name of task.leads) spell(name);
    for (const name of task.supporting) spell(name);
  }
  const department = (name: string): string =>
    name === "" ? name : (spelling.get(departmentKey(name)) ?? (input.roster === undefined ? name : canonicalDepartment(input.roster, name)));
  // A row is copied only when its department is written otherwise than the task table writes it.
  const rows = input.progressRows.map((row) => {
    const name = department(row.department);
    return name === row.department ? row : { ...row, department: name };
  });
  const matching = matchProgressRows(rows, input.tasks, settings, input.resolutions);
  const unmatched = [...matching.unmatched, ...matching.ambiguous].sort((a, b) => compareProgressRows(a.row, b.row));
  for (const entry of unmatched) problems.push(unresolvedRowProblem(entry));

  // Most tasks have one matched row: it is kept as it is, a list made only for a second one.
  const byTask = new Map<Task, ProgressMatch | ProgressMatch[]>();
  for (const match of matching.matched) {
    const earlier = byTask.get(match.task);
    if (earlier === undefined) byTask.set(match.task, match);
    else if (Array.isArray(earlier)) earlier.push(match);
    else byTask.set(match.task, [earlier, match]);
  }
  const countingMonth = countingPeriod(input.asOf);
  const earliestLagged = monthsBefore(countingMonth, settings.dataLagMonths);
  const period = { asOf: input.asOf, countingMonth, earliestLagged, roster: input.roster };

  const targetsOf = taskTargets();
  const evaluations = input.tasks.map((task) => {
    const matched = byTask.get(task);
    const targets = targetsOf(task);
    const target = targets[0];
    // A task no row matched (many, in a month's first imports) has no reports to sort, check or choose from.
    const reports: TaskReport[] = matched === undefined ? NO_REPORTS : taskReports(task, matched, period);

    for (const entry of reports) {
      if (entry.role === "outsider") problems.push(notResponsible(task, entry));
      if (entry.period === "stale") problems.push(staleReport(task, entry, input.asOf));
      if (entry.period === "later") problems.push(laterReport(task, entry, input.asOf));
    }
    // Statistics published with a lag (1-9月 in an October run) count when no report of the period itself does.
    const current = reports.length === 0 ? NO_REPORTS : countingPeriodReports(reports);
    let counting = current.find((entry) => entry.role === "lead") ?? current.find((entry) => entry.role === "unknown") ?? null;
    if (counting === null) {
      const supporting = current.find((entry) => entry.role === "supporting");
      if (supporting !== undefined) problems.push(noLeadReport(task, supporting));
    }
    let summed = false;
    if (target !== undefined && isRespectiveSum(task, targets)) {
      const sum = sumLeadParts(task, current, targets, { asOf: input.asOf, settings });
      if (sum.counting !== null) counting = sum.counting;
      summed = sum.summed;
      problems.push(...sum.problems, ...respectiveConflicts(task, current, counting, sum.split, target));
    } else problems.push(...reportConflicts(task, current, counting, target));

    const dataAsOf = counting !== null && counting.period === "lagged" ? (counting.report.asOf ?? undefined) : undefined;
    const context: EvaluateTaskContext = { targets, reports: reports.length === 0 ? NO_PROGRESS_REPORTS : reports.map((entry) => entry.report), countingReport: counting?.report ?? null, asOf: input.asOf, settings };
    if (dataAsOf !== undefined && dataAsOf !== null) context.dataAsOf = dataAsOf;
    const result = evaluateTask(task, context);
    // A lead's 完成年计划的X% is of its own part's plan: it cannot be checked against the sum.
    for (const problem of result.problems) if (!(summed && problem.code === "reported-ratio-differs")) problems.push(located(task, problem));
    return result.evaluation;
  });
  return { evaluations, unmatched, matching, problems };
}

/**
 * A task's targets: parseTargets(target, { title }) — or of its title when it has no target text. A target text that
 * cannot be a bare figure does not depend on the title: tables repeat such texts (完成年度任务, 当年计划投资5亿元), and
 * each is read once, its targets shared by the tasks that write it (frozen: never changed).
 */
function taskTargets(): (task: Task) => Target[] {
  const byText = new Map<string, Target[]>();
  return (task) => {
    if (task.target.trim() === "") return parseTargets(task.title);
    if (mayBeOneFigure(task.target)) return parseTargets(task.target, { title: task.title });
    let targets = byText.get(task.target);
    if (targets === undefined) {
      targets = Object.freeze(parseTargets(task.target).map((target) => Object.freeze(target))) as Target[];
      byText.set(task.target, targets);
    }
    return targets;
  };
}

/** A problem of the task's evaluation without a sheet is placed at the task's row of the task table. */
function located(task: Task, problem: Problem): Problem {
  if (problem.sheet !== undefined || task.source.sheet === undefined) return problem;
  return { ...problem, sheet: task.source.sheet, ...(task.source.file !== undefined ? { file: task.source.file } : {}) };
}

/** 分别牵头 with an additive target (an amount or a cumulative amount; counts like 个/项 are amounts), the task's only one. */
function isRespectiveSum(task: Task, targets: readonly Target[]): boolean {
  const target = targets[0];
  return (
    task.responsibility === "respective" &&
    task.leads.length > 1 &&
    targets.length === 1 &&
    (target.kind === "amount" || target.kind === "cumulative") &&
    target.value !== null
  );
}

/**
 * 分别牵头 with an additive target: the leads' readable figures summed into one counting report (the first reporting
 * lead's alone when only one reported), `partial-report` naming the leads missing, and the no-figure / unit-mismatch
 * of each lead whose figure cannot be read. `counting` is null when no lead's figure is readable.
 */
function sumLeadParts(
  task: Task,
  current: readonly TaskReport[],
  targets: Target[],
  context: { asOf: string; settings: LedgerSettings },
): { counting: TaskReport | null; summed: boolean; split: LeadSplit; problems: Problem[] } {
  const target = targets[0];
  const split = splitByLead(task, current, target);
  const problems: Problem[] = [];
  if (split.usable.length === 0) return { counting: null, summed: false, split, problems };
  const first = split.usable[0];
  const sum = split.usable.reduce((total, entry) => total + (entry.figure ?? 0), 0);
  const summed = split.usable.length > 1;
  const counting = summed ? { ...first, report: combineLeadParts(split.usable.map((entry) => ({ report: entry.report, figure: entry.figure ?? 0 })), target), figure: sum } : first;
  if (split.notReported.length > 0 || split.unreadable.length > 0) problems.push(partialReportProblem(task, first, split, sum, target));
  for (const entry of split.unreadable) {
    const own = evaluateTask(task, { targets, reports: [entry.report], countingReport: entry.report, asOf: context.asOf, settings: context.settings });
    for (const problem of own.problems) if (problem.code === "unit-mismatch" || problem.code === "no-figure") problems.push(located(task, problem));
  }
  return { counting, summed, split, problems };
}

function splitByLead(task: Task, current: readonly TaskReport[], target: Target): LeadSplit {
  const split: LeadSplit = { rows: [], usable: [], unreadable: [], notReported: [] };
  for (const lead of task.leads) {
    const rows = current.filter((entry) => entry.role === "lead" && entry.report.department === lead);
    for (const entry of rows) entry.figure = reportFigure(entry.report, target);
    split.rows.push(rows);
    const readable = rows.find((entry) => typeof entry.figure === "number");
    if (readable !== undefined) split.usable.push(readable);
    else if (rows.length > 0) split.unreadable.push(rows[0]);
    else split.notReported.push(lead);
  }
  return split;
}

/** yyyy-mm of the last whole month at the as-of date: a report for it or later is current. */
function countingPeriod(asOf: string): string {
  const [year, month, day] = asOf.split("-").map(Number);
  const monthEnd = new Date(Date.UTC(year, month, 0)).getUTCDate() === day;
  const date = new Date(Date.UTC(year, month - (monthEnd ? 1 : 2), 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The month `count` months before a yyyy-mm month. */
function monthsBefore(month: string, count: number): string {
  const [year, number] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year, number - 1 - count, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function notResponsible(task: Task, entry: TaskReport): Problem {
  const responsible = [...task.leads, ...task.supporting].join("、") || "（无）";
  return {
    code: "not-responsible",
    severity: "warning",
    ...taskReportSource(entry, "department"),
    message: `${entry.report.department}报送了任务“${taskLabel(task)}”的进展，但它不是该任务的牵头或配合单位（责任单位：${responsible}）。此数据仅列示、不计入完成率。请核对填报单位，或核对此行是否对应了正确的任务。`,
    messageEn: `${entry.report.department} reported on task "${taskLabel(task)}" but is neither its lead nor a supporting department (responsible: ${responsible}). The figure is shown but not counted. Check the reporting department, or whether the row belongs to this task.`,
    suggestion: task.leads[0] ?? task.supporting[0],
  };
}

function staleReport(task: Task, entry: TaskReport, asOf: string): Problem {
  return {
    code: "stale-report",
    severity: "warning",
    ...taskReportSource(entry),
    message: `${entry.report.department || "此行"}报送的任务“${taskLabel(task)}”进展截至${entry.report.asOf}，不是本期（截至${asOf}）的进展，未计入。请催报本期进展。`,
    messageEn: `The progress on task "${taskLabel(task)}" from ${entry.report.department || "this row"} is as of ${entry.report.asOf}, not this period (as of ${asOf}); it is not counted. Ask for this period's report.`,
  };
}

function laterReport(task: Task, entry: TaskReport, asOf: string): Problem {
  return {
    code: "report-after-as-of",
    severity: "warning",
    ...taskReportSource(entry),
    message: `任务“${taskLabel(task)}”的这行进展截至${entry.report.asOf}，晚于本次截至日期${asOf}，未计入。请核对截至日期，或用较晚的截至日期重新计算。`,
    messageEn: `This progress row for task "${taskLabel(task)}" is as of ${entry.report.asOf}, after the as-of date ${asOf}; it is not counted. Check the dates, or compute again with a later as-of date.`,
  };
}

function noLeadReport(task: Task, entry: TaskReport): Problem {
  const leads = task.leads.join("、");
  return {
    code: "no-lead-report",
    severity: "warning",
    ...taskReportSource(entry),
    message: `任务“${taskLabel(task)}”的牵头单位${leads}未报送本期进展，只有配合单位${entry.report.department}报送（已列示，不计入完成率），按未报送处理。请催牵头单位报送。`,
    messageEn: `The lead ${leads} sent no progress on task "${taskLabel(task)}" for this period; only the supporting ${entry.report.department} did (shown, not counted). The task counts as not reported; ask the lead to report.`,
  };
}

