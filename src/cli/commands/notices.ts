import { writeFile } from "node:fs/promises";
import { deflateStoredZip } from "../deflateStoredZip";
import { basename, resolve } from "node:path";
import { checkWorkbook } from "../../app/checkWorkbook";
import { computeProgress } from "../../app/computeProgress";
import { importTime } from "../../app/importTime";
import { issueSupervisionNotices } from "../../app/issueSupervisionNotices";
import { noticeNumberRange } from "../../domain/notices/noticeNumberRange";
import { readIsoDate } from "../../domain/dates/readIsoDate";
import type { NoticeOptions } from "../../domain/notices/noticeOptions";
import { noticeStatusesFromText } from "../../domain/settings/noticeStatusesFromText";
import { renderOfficialDocument } from "../../workbook/docx/renderOfficialDocument";
import { openCommandWorkbook } from "../openCommandWorkbook";
import type { CliIO } from "../cliIO";
import { formatProblemLine } from "../formatProblemLine";
import { parseBuildArguments } from "./buildArguments";
import { readBuildInputs } from "./buildInputs";
import { listProgressFiles } from "../listProgressFiles";
import { takeOutFolder, writeFilesInto } from "./outputFolder";

export const NOTICES_USAGE =
  "用法 (usage): progress-ledger notices <任务表.xlsx> [--progress 文件或文件夹 ...] --as-of YYYY-MM-DD --out 文件夹 [--date 发文日期] [--statuses 滞后,严重滞后,逾期] [--due-soon] [--feedback-days 10] [--issuer 督查室] [--first-number 1] [--register-out 工作簿.xlsx] [--confirm-changed] [--force]";

/** Take `--name value` (or a flag) off the arguments. */
function take(argv: string[], name: string, flag = false): string | undefined {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  const value = flag ? "true" : argv[index + 1];
  argv.splice(index, flag ? 1 : 2);
  return value;
}

/** The notice options given on the command line (they override the workbook's 督办状态 and 反馈时限); `dueSoon`: add 临期. */
function noticeOptions(argv: string[], io: CliIO): { options: Partial<NoticeOptions>; dueSoon: boolean } | null {
  const options: Partial<NoticeOptions> = {};
  const days = take(argv, "--feedback-days");
  const issuer = take(argv, "--issuer");
  const first = take(argv, "--first-number");
  const statuses = take(argv, "--statuses");
  const dueSoon = take(argv, "--due-soon", true) !== undefined;
  if (days !== undefined) {
    if (!/^\d{1,3}$/.test(days)) return refuse(io, `反馈时限“${days}”应为天数（如 10）。`, `--feedback-days "${days}" must be a number of days (e.g. 10).`);
    options.feedbackDays = Number(days);
  }
  if (first !== undefined) {
    if (!/^\d{1,5}$/.test(first) || Number(first) < 1) return refuse(io, `起始编号“${first}”应为正整数。`, `--first-number "${first}" must be a positive whole number.`);
    options.firstNumber = Number(first);
  }
  if (issuer !== undefined && issuer.trim() !== "") options.issuer = issuer.trim();
  if (statuses !== undefined) {
    const chosen = noticeStatusesFromText(statuses);
    if (chosen === null) return refuse(io, `督办状态“${statuses}”只能是 滞后、严重滞后、逾期、临期 中的几个（用逗号分隔）。`, `--statuses "${statuses}": use 滞后, 严重滞后, 逾期, 临期 separated by commas.`);
    options.statuses = chosen;
  }
  return { options, dueSoon };
}

function refuse(io: CliIO, zh: string, en: string): null {
  io.err(io.lang === "en" ? en : zh);
  return null;
}

/**
 * `progress-ledger notices <workbook.xlsx> [--progress …] --as-of YYYY-MM-DD --out FOLDER [--date YYYY-MM-DD]
 * [--feedback-days N] [--issuer 督查室] [--first-number N] [--statuses 滞后,严重滞后,逾期] [--due-soon] [--force]`: steps 1–2 as
 * `build`, then makeSupervisionNotices — a 督办单 .docx per lead department with lagging tasks, the circular .docx,
 * and the 催报 list printed. Which statuses get a notice and the 反馈时限 are the workbook's settings (督办状态, 反馈时限:
 * saved, the 设置 sheet, --settings); --statuses, --due-soon (adds 临期) and --feedback-days override them. --register-out writes a copy of the workbook with the notices added to its 督办登记 sheet
 * (numbers continue from those registered unless --first-number). --date is the issue date (default today). Exit 0 written, 1 errors found, 2 unusable input.
 * @example await runNotices(["examples/工业项目年2007.xlsx", "--progress", "examples/progress", "--as-of", "2007-10-31", "--out", "out/督办"], processIO())
 */
export async function runNotices(argv: string[], io: CliIO): Promise<number> {
  const out = takeOutFolder(argv, io, NOTICES_USAGE);
  if (out === null) return 2;
  const rest = [...out.rest];
  const issuedArg = take(rest, "--date");
  const registerOut = take(rest, "--register-out");
  const given = noticeOptions(rest, io);
  if (given === null) return 2;
  const issued = issuedArg ?? importTime(new Date()).slice(0, 10);
  if (readIsoDate(issued) === null) return refuse(io, `发文日期“${issued}”无效，应为 yyyy-mm-dd。`, `Invalid --date "${issued}": use yyyy-mm-dd.`) ?? 2;
  const args = await parseBuildArguments(rest, io);
  if (args === null) return 2;
  const workbook = await openCommandWorkbook(args.file, io);
  if (workbook === null) return 2;
  const mainFile = basename(args.file);
  const checked = await checkWorkbook(workbook, args.sheet !== undefined ? { sheet: args.sheet } : {});
  if (!checked.ok) {
    for (const problem of checked.problems) io.err(formatProblemLine(problem, io.lang, mainFile));
    return 2;
  }
  const progressList = await listProgressFiles(args.progress, args.file);
  if (progressList.missing.length > 0) return refuse(io, `找不到进展文件或文件夹“${progressList.missing[0]}”，请检查路径。`, `Progress file or folder "${progressList.missing[0]}" not found; check the path.`) ?? 2;
  const inputs = await readBuildInputs(args, io, progressList.files);
  if (inputs === null) return 2;
  if (registerOut !== undefined && resolve(registerOut) === resolve(args.file)) return refuse(io, `--register-out 不能是输入的工作簿本身（${registerOut}）。`, `--register-out cannot be the input workbook (${registerOut}).`) ?? 2;
  const progress = await computeProgress(workbook, { check: checked.value, asOf: args.asOf, sheets: checked.value.sheets, ...inputs, workbookFile: mainFile, confirmChanged: args.confirmChanged === true });
  const problems = [...checked.problems, ...progress.problems];
  for (const problem of problems) io.out(formatProblemLine(problem, io.lang, mainFile));
  // The workbook's 督办状态 and 反馈时限 (saved → 设置 sheet → --settings), the command line's options over them.
  const options = { ...given.options };
  if (given.dueSoon) options.statuses = [...new Set([...(options.statuses ?? progress.settings.noticeStatuses), "due-soon" as const])];
  const { set, added, reused } = await issueSupervisionNotices(workbook, { progress: { ...progress, evaluations: progress.built.evaluations }, asOf: args.asOf, issued, settings: progress.settings, options, register: registerOut !== undefined, sheets: checked.value.sheets });
  const documents = [...set.notices.map((notice) => notice.document), set.circular];
  const files = await Promise.all(documents.map(async (document) => ({ name: document.fileName, bytes: await renderOfficialDocument(document) })));
  const written = await writeFilesInto(out.folder, files, { force: args.force, io });
  if (written === null) return 2;
  if (registerOut !== undefined) {
    try {
      await writeFile(registerOut, deflateStoredZip(await workbook.toBytes({ stored: true })), { flag: args.force ? "w" : "wx" });
      io.out(io.lang === "en" ? `督办登记 written to ${registerOut} (the input file is unchanged)` : `督办登记已写入 ${registerOut}（原文件未改动）`);
      if (added.length > 0) io.out(io.lang === "en" ? `Registered ${added.length} supervision notices (${noticeNumberRange(added)}); see the 督办登记 sheet` : `已登记督办单${added.length}份（${noticeNumberRange(added)}），见督办登记表`);
    } catch (error) {
      return refuse(io, `无法写出“${registerOut}”：${error instanceof Error ? error.message : String(error)}（已存在时加 --force）`, `Cannot write "${registerOut}" (add --force to replace it).`) ?? 2;
    }
  }
  for (const number of reused) io.out(io.lang === "en" ? `Supervision notice ${number} is already registered; not numbered again` : `督办单${number}已登记，未重复编号`);
  for (const notice of set.notices) io.out(`  ${notice.number}  ${notice.department}  ${notice.taskIds.length}${io.lang === "en" ? " tasks, answer by " : "项任务，反馈时限 "}${notice.due}`);
  for (const entry of set.notReported) io.out(`  ${io.lang === "en" ? "Remind" : "催报"}  ${entry.department}  ${entry.tasks.map((task) => task.id).join("、")}`);
  io.out(io.lang === "en" ? `${set.notices.length} supervision notices and the circular written to ${out.folder}` : `已在 ${out.folder} 写出${set.notices.length}份督办单和通报。`);
  return problems.some((problem) => problem.severity === "error") ? 1 : 0;
}
