import type { GapAgainst, TaskEvaluation } from "../evaluation";
import { taskReportJson, type TaskReportJson } from "../report/taskReportJson";

/** Where a report came from, as the JSON report shows it. */
export interface ReportSourceJson {
  file?: string;
  sheet?: string;
  cell?: string;
}

/** A task of the check report extended with its targets, figures, ratio and status (fields only added). */
export interface EvaluationReportJson extends TaskReportJson {
  /**
   * Each target with its own figure (in its unit, or null), ratio (4 decimals, or null) and status; the task's
   * status is the worst of them. A target without an evaluated result shows null, null and the task's status.
   */
  targets: { kind: string; value: number | null; unit: string; qualifier: string; text: string; actual: number | null; ratio: number | null; status: TaskEvaluation["status"] }[];
  /** Actual figure in the unit of the target that decided the status, or null. */
  actual: number | null;
  /** Completion ratio as a fraction (1.241 for 124.1%), 4 decimals; null where none applies. */
  ratio: number | null;
  /** This task's expected progress (shortened by its deadline), a fraction, 4 decimals. */
  expectedProgress: number;
  /**
   * The gap in percentage points, 1 decimal; null without a ratio: ratio − expected progress, or for growth, level and
   * cap targets the rate reached − the target rate (see gapAgainst).
   */
  gapPoints: number | null;
  /** What gapPoints is measured against: "expected-progress" (序时进度), "target-rate" (points against the target rate) or "target-value". */
  gapAgainst: GapAgainst;
  /** When the counting report's figures lag behind the period: the month-end they refer to (数据截至9月: "2019-09-30"). */
  dataPeriod?: string;
  status: TaskEvaluation["status"];
  exceeded?: boolean;
  milestoneState?: string;
  /** Every report matched to the task, the lead's first; `counting` marks the one the ratio comes from. */
  reports: { department: string; text: string; value?: number | null; unit?: string; asOf?: string | null; counting: boolean; source: ReportSourceJson }[];
}

/**
 * A task's evaluation in the build report's shape: the check report's task fields (taskReportJson) plus
 * "targets" (each with its own "actual", "ratio" and "status"), "actual", "ratio", "expectedProgress", "gapPoints",
 * "status" and "reports".
 * @example evaluationReportJson(evaluation)
 * // { id: "4", title: "…", …, targets: [{ kind: "amount", value: 284, unit: "亿元", …, actual: 241.4, ratio: 0.85, status: "on-schedule" }], actual: 241.4, ratio: 0.85,
 * //   expectedProgress: 0.8333, gapPoints: 1.7, status: "on-schedule", reports: [{ department: "省发展改革委", counting: true, … }] }
 */
export function evaluationReportJson(evaluation: TaskEvaluation): EvaluationReportJson {
  const json: EvaluationReportJson = {
    ...taskReportJson(evaluation.task),
    targets: evaluation.targets.map((target, index) => {
      const result = evaluation.targetResults.find((each) => each.target === target) ?? evaluation.targetResults[index];
      return {
        kind: target.kind,
        value: target.value,
        unit: target.unit,
        qualifier: target.qualifier,
        text: target.text,
        actual: figure(result === undefined ? null : result.actual),
        ratio: result === undefined ? null : round(result.ratio, 4),
        status: result === undefined ? evaluation.status : result.status,
      };
    }),
    actual: figure(evaluation.actual),
    ratio: round(evaluation.ratio, 4),
    expectedProgress: round(evaluation.expectedProgress, 4) ?? 0,
    gapPoints: round(evaluation.gapPoints, 1),
    gapAgainst: evaluation.gapAgainst ?? "expected-progress",
    status: evaluation.status,
    reports: evaluation.reports.map((report) => {
      const source: ReportSourceJson = {};
      if (report.source.file !== undefined) source.file = report.source.file;
      if (report.source.sheet !== undefined) source.sheet = report.source.sheet;
      if (report.source.cell !== undefined) source.cell = report.source.cell;
      return {
        department: report.department,
        text: report.text,
        ...(report.value !== undefined ? { value: report.value } : {}),
        ...(report.unit !== undefined ? { unit: report.unit } : {}),
        ...(report.asOf !== undefined ? { asOf: report.asOf } : {}),
        counting: report === evaluation.countingReport,
        source,
      };
    }),
  };
  if (evaluation.dataPeriod !== undefined) json.dataPeriod = evaluation.dataPeriod;
  if (evaluation.exceeded) json.exceeded = true;
  if (evaluation.milestoneState !== undefined) json.milestoneState = evaluation.milestoneState;
  return json;
}

function figure(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(12));
}

function round(value: number | null, decimals: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
