import type { LedgerSettings } from "../domain/evaluation";
import type { SheetGrid } from "../domain/grid";
import type { NoticeOptions } from "../domain/notices/noticeOptions";
import { nextNoticeNumber } from "../domain/records/nextNoticeNumber";
import { readRegister } from "../domain/records/readRegister";
import { REGISTER_SHEET, type RegisterEntry } from "../domain/records/supervisionRegister";
import type { WorkbookPort } from "../workbook/workbookPort";
import { makeSupervisionNotices, type SupervisionNoticeSet, type SupervisionNoticesRequest } from "./makeSupervisionNotices";
import { registerNotices } from "./registerNotices";

export interface IssueNoticesRequest extends Omit<SupervisionNoticesRequest, "settings"> {
  /** The settings in force (computeProgress's): 督办状态 and 反馈时限; `options` override them. */
  settings: Pick<LedgerSettings, "noticeStatuses" | "noticeFeedbackDays">;
  /** Write the notices into the 督办登记 sheet (the pane and the page always; the command line with --register-out). */
  register: boolean;
  /** The sheets already read, else they are read now. */
  sheets?: readonly SheetGrid[];
}

export interface IssuedNotices {
  set: SupervisionNoticeSet;
  /** The 督办登记 as written (null without `register`). */
  register: RegisterEntry[] | null;
  /** Numbers of the notices registered now (new rows; [] without `register`). */
  added: string[];
  /** Numbers of the notices the 督办登记 already held for the same department, period and tasks: reused, no new row. */
  reused: string[];
}

/**
 * Issue a period's supervision notices: numbered after those in the 督办登记 (unless the front gives the first
 * number; a notice already registered for the same department, period and tasks keeps its number), made with the workbook's 督办状态 and 反馈时限 (makeSupervisionNotices), and — with `register` — added to
 * the 督办登记 sheet, the entries the clerk filled (反馈日期, 办结日期) kept as they are (registerNotices).
 * @example const issued = await issueSupervisionNotices(port, { progress, asOf: "2007-10-31", issued: "2007-11-05", settings: progress.settings, register: true }); issued.set.notices[0].number // "〔2007〕第1号"
 */
export async function issueSupervisionNotices(port: WorkbookPort, request: IssueNoticesRequest): Promise<IssuedNotices> {
  const sheets = request.sheets ?? (await port.readAllSheets());
  const registerSheet = sheets.find((grid) => grid.name === REGISTER_SHEET);
  const registered = registerSheet ? readRegister(registerSheet) : [];
  const options: Partial<NoticeOptions> = { ...request.options };
  if (options.firstNumber === undefined && registerSheet) options.firstNumber = nextNoticeNumber(registered, Number(request.issued.slice(0, 4)));
  const set = makeSupervisionNotices({ progress: request.progress, asOf: request.asOf, issued: request.issued, settings: request.settings, options, registered });
  const register = request.register ? await registerNotices(port, { notices: set.notices, asOf: request.asOf, sheets }) : null;
  const numbers = (reused: boolean) => set.notices.filter((notice) => notice.alreadyRegistered === reused).map((notice) => notice.number);
  return { set, register, added: register !== null ? numbers(false) : [], reused: numbers(true) };
}
