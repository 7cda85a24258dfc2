import { chineseDate } from "../dates/chineseDate";
import { STATUS_PRECEDENCE, type TaskEvaluation } from "../evaluation";
import { statusLabel } from "../status/statusLabel";
import { circularParagraph } from "../summary/circularParagraph";
import { reachesExpectedProgress } from "../summary/reachesExpectedProgress";
import { templatePeriod } from "../templates/templatePeriod";
import type { NotReportedDepartment } from "./notReportedDepartments";
import { notReportedSentence } from "./notReportedSentence";
import type { OfficialDocument } from "./officialDocument";

const share = (count: number, total: number): string => (total === 0 ? "—" : `${(Math.round((count / total) * 1000) / 10).toFixed(1)}%`);

/**
 * The circular (通报) as an official document: its title, the paragraph (circularParagraph) and the 催报 sentence
 * (notReportedSentence), then the summary tables — tasks by status, and by lead department (任务数, 已完成, 达到序时进度,
 * 未达到, 未报送, 达序率) — the issuing office and date.
 * @example circularDocument(evaluations2007, { asOf: "2007-10-31", issued: "2007-11-05", issuer: "督查室", notReported }).fileName // "2007年1-10月重点工作推进情况通报.docx"
 */
export function circularDocument(evaluations: readonly TaskEvaluation[], request: { asOf: string; issued: string; issuer: string; notReported: readonly NotReportedDepartment[] }): OfficialDocument {
  const period = templatePeriod(request.asOf);
  const total = evaluations.length;
  const byStatus = STATUS_PRECEDENCE.map((status) => {
    const count = evaluations.filter((evaluation) => evaluation.status === status).length;
    return [statusLabel(status), String(count), share(count, total)];
  });
  const departments = new Map<string, TaskEvaluation[]>();
  for (const evaluation of evaluations) for (const lead of evaluation.task.leads) departments.set(lead, [...(departments.get(lead) ?? []), evaluation]);
  const byDepartment = [...departments.entries()].map(([department, tasks]) => {
    const reaching = tasks.filter((evaluation) => reachesExpectedProgress(evaluation.status)).length;
    const count = (status: string) => tasks.filter((evaluation) => evaluation.status === status).length;
    return [department, String(tasks.length), String(count("done")), String(reaching), String(tasks.length - reaching), String(count("no-report")), share(reaching, tasks.length)];
  });
  const sentence = notReportedSentence(request.notReported, request.asOf);
  return {
    fileName: `${period.label}重点工作推进情况通报.docx`,
    blocks: [
      { kind: "title", text: `关于${period.label}重点工作\n推进情况的通报` },
      { kind: "paragraph", text: `现将截至${chineseDate(request.asOf)}重点工作任务推进情况通报如下。` },
      { kind: "paragraph", text: circularParagraph(evaluations, { asOf: request.asOf }) },
      ...(sentence !== "" ? [{ kind: "paragraph" as const, text: sentence }] : []),
      { kind: "heading", text: "一、任务推进情况（按状态）" },
      { kind: "table", header: ["状态", "任务数", "占比"], rows: [...byStatus, ["合计", String(total), total === 0 ? "—" : "100.0%"]], widths: [40, 30, 30] },
      { kind: "heading", text: "二、任务推进情况（按牵头单位）" },
      { kind: "table", header: ["牵头单位", "任务数", "已完成", "达到序时进度", "未达到", "未报送", "达序率"], rows: byDepartment, widths: [28, 11, 11, 14, 12, 12, 12] },
      { kind: "signature", office: request.issuer, date: chineseDate(request.issued) },
    ],
  };
}
