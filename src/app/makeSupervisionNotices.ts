import { circularDocument } from "../domain/notices/circularDocument";
import type { NotReportedDepartment } from "../domain/notices/notReportedDepartments";
import { DEFAULT_NOTICE_OPTIONS, type NoticeOptions } from "../domain/notices/noticeOptions";
import type { OfficialDocument } from "../domain/notices/officialDocument";
import { supervisionNotices, type SupervisionNotice } from "../domain/notices/supervisionNotices";
import type { LedgerSettings, TaskEvaluation } from "../domain/evaluation";
import type { RegisterEntry } from "../domain/records/supervisionRegister";

export interface SupervisionNoticesRequest {
  /** Step 2's outcome (computeProgress): the evaluations, the expected progress and the 催报 list. */
  progress: { evaluations: readonly TaskEvaluation[]; expectedProgress: number; notReported: readonly NotReportedDepartment[] };
  asOf: string;
  /** Issue date of the notices, yyyy-mm-dd (the front gives today's). */
  issued: string;
  /** The workbook's settings (督办状态, 反馈时限), overridden by `options`. */
  settings?: Pick<LedgerSettings, "noticeStatuses" | "noticeFeedbackDays">;
  options?: Partial<NoticeOptions>;
  /** The 督办登记's entries: a notice registered for the same department, period and tasks keeps its number. */
  registered?: readonly RegisterEntry[];
}

export interface SupervisionNoticeSet {
  notices: SupervisionNotice[];
  circular: OfficialDocument;
  notReported: NotReportedDepartment[];
  options: NoticeOptions;
}

/**
 * What follows a period's evaluation: a supervision notice (督办单) per lead department with tasks in the
 * supervised statuses, the circular as an official document with its 催报 sentence, and the 催报 list. The front
 * renders the documents (renderOfficialDocument) and saves them in a folder or a .zip. Which statuses get a notice and
 * the 反馈时限 come from the workbook's settings (督办状态, 反馈时限), then the front's options.
 * @example const set = makeSupervisionNotices({ progress, asOf: "2007-10-31", issued: "2007-11-05" }); set.notices[0].number // "〔2007〕第1号"
 */
export function makeSupervisionNotices(request: SupervisionNoticesRequest): SupervisionNoticeSet {
  const saved = request.settings !== undefined ? { statuses: [...request.settings.noticeStatuses], feedbackDays: request.settings.noticeFeedbackDays } : {};
  const options: NoticeOptions = { ...DEFAULT_NOTICE_OPTIONS, ...saved, ...request.options };
  const evaluations = request.progress.evaluations;
  const notices = supervisionNotices(evaluations, { asOf: request.asOf, issued: request.issued, expectedProgress: request.progress.expectedProgress, options, ...(request.registered ? { registered: request.registered } : {}) });
  const circular = circularDocument(evaluations, { asOf: request.asOf, issued: request.issued, issuer: options.issuer, notReported: request.progress.notReported });
  return { notices, circular, notReported: [...request.progress.notReported], options };
}
