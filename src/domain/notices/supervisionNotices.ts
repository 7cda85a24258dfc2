import { chineseDate } from "../dates/chineseDate";
import { parseAsOf } from "../dates/parseAsOf";
import type { TaskEvaluation } from "../evaluation";
import { statusLabel } from "../status/statusLabel";
import { registeredNoticeNumbers } from "../records/registeredNoticeNumbers";
import type { RegisterEntry } from "../records/supervisionRegister";
import { addDays } from "./addDays";
import { noticeColor } from "./noticeColor";
import type { NoticeOptions } from "./noticeOptions";
import type { OfficialDocument } from "./officialDocument";

/** One supervision notice (督办单): its document and what the 督办登记 records of it. */
export interface SupervisionNotice {
  number: string;
  department: string;
  taskIds: string[];
  /** Issue date and answer due date, yyyy-mm-dd. */
  issued: string;
  due: string;
  /** The 督办登记 already held this notice (same department, period and tasks): its number and dates reused, no new row. */
  alreadyRegistered: boolean;
  document: OfficialDocument;
}

function percent(ratio: number | null): string {
  return ratio === null ? "—" : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/**
 * The supervision notices (督办单) of a period: one per lead department with tasks in the supervised statuses
 * (options.statuses; default 滞后, 严重滞后, 逾期), numbered 〔YYYY〕第N号 from options.firstNumber in department
 * order, laid out as an official document: the three-colour title (红色 when any task is 严重滞后 or 逾期, else
 * 黄色, 蓝色 for 临期), the number, the department as 主送, the paragraph, its tasks with target, progress, ratio
 * and status, 整改要求, the 反馈时限 (issue date + options.feedbackDays), the issuing office and date. With the
 * `registered` 督办登记 entries, a notice already registered for the same department, period and tasks keeps its
 * number and dates (registeredNoticeNumbers) and only the others take new numbers.
 * @example supervisionNotices(evaluations2007, { asOf: "2007-10-31", issued: "2007-11-05", options: DEFAULT_NOTICE_OPTIONS }).map((notice) => notice.department) // ["省经委", "省发展改革委"]
 */
export function supervisionNotices(evaluations: readonly TaskEvaluation[], request: { asOf: string; issued: string; expectedProgress: number; options: NoticeOptions; registered?: readonly RegisterEntry[] }): SupervisionNotice[] {
  const { options } = request;
  const byDepartment = new Map<string, TaskEvaluation[]>();
  for (const evaluation of evaluations) {
    if (!options.statuses.includes(evaluation.status)) continue;
    for (const lead of evaluation.task.leads) byDepartment.set(lead, [...(byDepartment.get(lead) ?? []), evaluation]);
  }
  const year = parseAsOf(request.issued).year;
  const groups = [...byDepartment.entries()].map(([department, tasks]) => ({ department, tasks, taskIds: tasks.map((evaluation) => evaluation.task.id) }));
  const numbering = registeredNoticeNumbers(groups, request.registered ?? [], { asOf: request.asOf, year, firstNumber: options.firstNumber, issued: request.issued, due: addDays(request.issued, options.feedbackDays) });
  return groups.map(({ department, tasks, taskIds }, index) => {
    const { number, issued, due, alreadyRegistered } = numbering[index];
    const colors = tasks.map((evaluation) => noticeColor(evaluation.status));
    const worst = colors.reduce((best, color) => (color !== null && (best === null || color.rank < best.rank) ? color : best), null as ReturnType<typeof noticeColor>);
    const rows = tasks.map((evaluation, row) => [
      String(row + 1),
      `${evaluation.task.id}. ${evaluation.task.title}`,
      evaluation.task.target || "—",
      evaluation.countingReport?.text || "未报送",
      percent(evaluation.ratio),
      statusLabel(evaluation.status),
    ]);
    const document: OfficialDocument = {
      fileName: `${department}-督办单${number.replace(/[〔〕]/g, "")}.docx`,
      blocks: [
        { kind: "title", text: `重点工作${worst?.name ?? ""}督办单`, ...(worst ? { color: worst.color } : {}) },
        { kind: "number", text: number },
        { kind: "recipient", text: `${department}：` },
        {
          kind: "paragraph",
          text: `截至${chineseDate(request.asOf)}，序时进度为${percent(request.expectedProgress)}。经核对各单位报送的进展情况，你单位牵头的以下${tasks.length}项重点工作进展滞后或逾期，现予督办。`,
        },
        { kind: "table", header: ["序号", "工作任务", "年度目标", "进展情况", "完成率", "状态"], rows, widths: [6, 26, 16, 30, 10, 12], colors: colors.map((color) => [null, null, null, null, null, color?.color ?? null]) },
        { kind: "heading", text: "一、整改要求" },
        { kind: "paragraph", text: "请对照年度目标认真分析进展滞后的原因，逐项制定整改措施，明确责任领导、责任人和完成时限，加快推进，确保完成全年目标任务。" },
        { kind: "heading", text: "二、反馈时限" },
        { kind: "paragraph", text: `请于${chineseDate(due)}前将整改落实情况书面报送${options.issuer}，并在下期进展填报表中如实填报。逾期未反馈的，将在通报中予以说明。` },
        { kind: "signature", office: options.issuer, date: chineseDate(issued) },
      ],
    };
    return { number, department, taskIds, issued, due, alreadyRegistered, document };
  });
}
