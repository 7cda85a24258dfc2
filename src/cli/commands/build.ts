import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { CliIO } from "../cliIO";
import { explainArgsError } from "../explainArgsError";
import { formatProblemLine } from "../formatProblemLine";
import { humanChannel } from "../humanChannel";
import { listProgressFiles } from "../listProgressFiles";
import { refuseOutputOverInput } from "../refuseOutputOverInput";
import { saveJsonReport } from "../saveJsonReport";
import { spreadProgressArgs } from "../spreadProgressArgs";
import { writeFileAtomically } from "../writeFileAtomically";
import { blankErrorValues } from "../../domain/cells/blankErrorValues";
import { isLedgerLike } from "../../domain/ledger/isLedgerLike";
import { isSupportedAsOf } from "../../domain/ledger/isSupportedAsOf";
import { ledgerNameTaken } from "../../domain/ledger/ledgerNameTaken";
import { checkTaskTable } from "../../domain/check/checkTaskTable";
import { buildRoster } from "../../domain/departments/buildRoster";
import { STATUS_PRECEDENCE, type LedgerSettings, type TaskEvaluation } from "../../domain/evaluation";
import type { SheetGrid } from "../../domain/grid";
import type { LedgerEdit } from "../../domain/ledger/detectLedgerEdits";
import { ledgerOutput } from "../../domain/ledger/ledgerOutput";
import { statusLabel } from "../../domain/ledger/statusLabel";
import type { Problem } from "../../domain/problem";
import { buildProgress } from "../../domain/progress/buildProgress";
import { evaluationReportJson } from "../../domain/progress/evaluationReportJson";
import { expectedProgress } from "../../domain/progress/expectedProgress";
import type { ProgressResolutions } from "../../domain/progress/matchProgressRows";
import type { ProgressRow } from "../../domain/progress/progressRow";
import { readProgressSources, type ProgressSource } from "../../domain/progress/readProgressSources";
import { unresolvedRowJson } from "../../domain/progress/unresolvedRowJson";
import { problemReportJson } from "../../domain/report/problemReportJson";
import { isSettingsSheetName } from "../../domain/settings/settingsFromSheet";
import { workbookSettings } from "../../domain/settings/workbookSettings";
import type { ExcelJsWorkbook } from "../../workbook/exceljs/excelJsWorkbook";
import { openWorkbookFile } from "../../workbook/exceljs/openWorkbookFile";
import { keepClerkCells } from "../../workbook/exceljs/keepClerkCells";
import { separateWorkbookBytes } from "../../workbook/exceljs/separateWorkbookBytes";

const USAGE =
  "用法 (usage): progress-ledger build <任务表.xlsx> [--progress 文件或文件夹 ...] --as-of YYYY-MM-DD [--json 报告.json] [--out 结果.xlsx] [--force] [--settings 设置.json] [--resolutions 对应.json] [--sheet 任务表]";

/** A sheet or file read as progress rows, for the summary and the report. */
/**
 * `progress-ledger build <workbook.xlsx> [--progress FILE_OR_FOLDER ...] --as-of YYYY-MM-DD [--json FILE] [--out FILE.xlsx] [--force]`:
 * read the task table (as `check` does) and the departments' progress — the workbook's other sheets (not the
 * 部门名录, nor a ledger or summary this product wrote) and the given .xlsx/.csv files (a folder: every .xlsx/.csv
 * in it, sorted by name) — match every row to its task, compute each task's ratio and status at the as-of date,
 * print the problems and a summary (tasks per status, expected progress, rows left for the clerk with their
 * cells), and with --json write the check report extended with "asOf", "expectedProgress", per task "targets",
 * "actual", "ratio", "status", "reports", and "unmatched". Settings: the workbook's saved settings, overridden by
 * --settings FILE.json; the clerk's choices for unmatched rows: --resolutions FILE.json ({ "file|sheet|cell": "task id" | null }).
 * --out writes a copy of the workbook with the ledger and the summary added (never the input file; an existing
 * file or cells the clerk changed in this period's ledger are not overwritten without --force).
 * Exit 0 no errors, 1 errors, 2 unusable input (bad --as-of, missing file, no task table) or refused --out.
 * @example await runBuild(["examples/工业项目年2007.xlsx", "--progress", "examples/progress", "--as-of", "2007-10-31", "--json", "out/build.json"], processIO())
 */
export async function runBuild(argv: string[], raw: CliIO): Promise<number> {
  const en = raw.lang === "en";
  let io = raw;
  const say = (zh: string, english: string): string => (en ? english : zh);
  let parsed;
  try {
    parsed = parseArgs({
      args: spreadProgressArgs(argv),
      options: {
        progress: { type: "string", multiple: true },
        "as-of": { type: "string" },
        json: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
        settings: { type: "string" },
        resolutions: { type: "string" },
        sheet: { type: "string" },
        lang: { type: "string" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    io.err(explainArgsError(error));
    io.err(USAGE);
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file) {
    io.err(say("请给出任务表所在的工作簿。", "Give the workbook holding the task table."));
    io.err(USAGE);
    return 2;
  }
  const asOf = parsed.values["as-of"];
  if (asOf === undefined) {
    io.err(say("缺少 --as-of 截至日期（yyyy-mm-dd，如 2007-10-31）。", "Missing --as-of date (yyyy-mm-dd, e.g. 2007-10-31)."));
    io.err(USAGE);
    return 2;
  }
  if (!isSupportedAsOf(asOf)) {
    io.err(say(`截至日期“${asOf}”无效，应为 1900 至 2100 年间的 yyyy-mm-dd（如 2007-10-31）。`, `Invalid --as-of date "${asOf}": use yyyy-mm-dd in the years 1900–2100 (e.g. 2007-10-31).`));
    return 2;
  }
  io = humanChannel(raw, parsed.values.json);
  const out = parsed.values.out;
  const force = parsed.values.force === true;
  const progressList = await listProgressFiles(parsed.values.progress ?? [], file);
  if (progressList.missing.length > 0) {
    io.err(say(`找不到进展文件或文件夹“${progressList.missing[0]}”，请检查路径。`, `Progress file or folder "${progressList.missing[0]}" not found; check the path.`));
    return 2;
  }
  const outputs = [...(out !== undefined ? [{ option: "--out", path: out }] : []), ...(parsed.values.json !== undefined ? [{ option: "--json", path: parsed.values.json }] : [])];
  const inputs = [file, ...progressList.files, ...[parsed.values.settings, parsed.values.resolutions].filter((path): path is string => path !== undefined)];
  const refusedOutput = await refuseOutputOverInput(outputs, inputs, { force });
  if (refusedOutput !== null) {
    io.err(en ? refusedOutput.en : refusedOutput.zh);
    return 2;
  }
  const mainFile = basename(file);

  const opened = await openWorkbookFile(file);
  if (!opened.ok) {
    for (const problem of opened.problems) io.err(formatProblemLine(problem, io.lang));
    return 2;
  }
  const workbook = opened.value;
  const allSheets = await workbook.readAllSheets();
  const cleaned = blankErrorValues(allSheets.filter((grid) => !isLedgerLike(grid)));
  const sheets = allSheets.map((grid) => cleaned.grids.find((clean) => clean.name === grid.name) ?? grid);
  const checked = checkTaskTable(sheets, { sheet: parsed.values.sheet });
  if (!checked.ok) {
    for (const problem of checked.problems) io.err(formatProblemLine(problem, io.lang, mainFile));
    return 2;
  }
  const report = checked.value;
  const tasks = report.tasks;
  const rosterGrid = sheets.find((grid) => grid.name === report.rosterSheet) ?? null;
  const roster = buildRoster(rosterGrid);
  const problems: Problem[] = [...cleaned.problems, ...checked.problems, ...progressList.problems];

  const settingsRead = await readSettings(workbook, parsed.values.settings, io);
  if (settingsRead === null) return 2;
  const settings = settingsRead.settings;
  problems.push(...settingsRead.problems);

  let resolutions: ProgressResolutions = {};
  if (parsed.values.resolutions !== undefined) {
    const read = await readJson(parsed.values.resolutions, io);
    if (read === undefined) return 2;
    if (!isResolutions(read)) {
      io.err(say(`对应关系文件“${parsed.values.resolutions}”应为 {"文件|工作表|单元格": "任务序号" 或 null} 的 JSON 对象。`, `The resolutions file "${parsed.values.resolutions}" must be a JSON object {"file|sheet|cell": "task id" or null}.`));
      return 2;
    }
    resolutions = read;
  }

  // Progress sources: the workbook's other sheets, then the files given.
  const ownSheets = readProgressSources(
    sheets.filter((grid) => grid.name !== report.sheet && grid !== rosterGrid && !isSettingsSheetName(grid.name)),
    { tasks, roster, asOf },
  );
  const progressRows: ProgressRow[] = [...ownSheets.rows];
  const sources: ProgressSource[] = [...ownSheets.sources];
  problems.push(...ownSheets.problems.map((problem) => (problem.file === undefined && problem.sheet !== undefined ? { ...problem, file: mainFile } : problem)));
  for (const path of progressList.files) {
    const progressFile = await openWorkbookFile(path);
    if (!progressFile.ok) {
      problems.push(...progressFile.problems);
      continue;
    }
    const fileName = basename(path);
    const fileSheets = blankErrorValues(await progressFile.value.readAllSheets());
    problems.push(...fileSheets.problems);
    const read = readProgressSources(fileSheets.grids, { tasks, roster, asOf, file: fileName });
    progressRows.push(...read.rows);
    problems.push(...read.problems);
    sources.push(...read.sources);
  }

  const built = buildProgress({ tasks, progressRows, resolutions, asOf, settings, roster });
  problems.push(...built.problems);
  const yearProgress = expectedProgress(asOf, { method: settings.expectedProgressMethod });

  // The ledger and summary copy, prepared before anything is printed so its problems are listed too.
  let outBytes: Uint8Array | null = null;
  let refused = false;
  if (out !== undefined) {
    const written = await prepareOut(workbook, sheets, built.evaluations, { asOf, settings, lang: io.lang, file: mainFile });
    problems.push(...written.problems);
    if (written.bytes === null) refused = true;
    else if (written.edits.length > 0 && !force) {
      refused = true;
      io.err(
        say(
          `台账“${written.ledgerName}”中有${written.edits.length}个单元格被手工改动过，重新生成会覆盖它们，因此未写出 ${out}：`,
          `${written.edits.length} cells of the ledger "${written.ledgerName}" were changed by hand and would be overwritten, so ${out} was not written:`,
        ),
      );
      for (const edit of written.edits.slice(0, 20)) io.err(`  ${edit.sheet}!${edit.cell}  ${edit.header}  ${edit.taskId}  “${edit.previous}” → “${edit.next}”`);
      io.err(say("请把改动移到“备注”列，或加 --force 覆盖。", "Move the changes into the 备注 column, or add --force to overwrite them."));
    } else outBytes = written.bytes;
  }

  for (const problem of problems) io.out(formatProblemLine(problem, io.lang, mainFile));
  printSummary(io, {
    asOf,
    yearProgress,
    taskSheet: report.sheet,
    counts: STATUS_PRECEDENCE.map((status) => ({ status, count: built.evaluations.filter((evaluation) => evaluation.status === status).length })),
    total: tasks.length,
    rows: progressRows.length,
    sources,
    matched: built.matching.matched.length,
    ignored: built.matching.ignored.length,
    unmatched: built.unmatched.map((entry) => ({
      where: `${entry.row.source.file ? `${entry.row.source.file} ` : ""}${entry.row.source.sheet}!${entry.row.source.cell}`,
      label: entry.row.title ?? entry.row.id ?? entry.row.text,
      reason: entry.reason,
      candidates: entry.candidates.slice(0, 3).map((candidate) => candidate.task.id),
    })),
    errors: problems.filter((problem) => problem.severity === "error").length,
    warnings: problems.filter((problem) => problem.severity === "warning").length,
  });

  if (parsed.values.json) {
    const saved = await saveJsonReport(raw, io, parsed.values.json, {
      asOf,
      expectedProgress: Math.round(yearProgress * 10000) / 10000,
      settings,
      tasks: built.evaluations.map(evaluationReportJson),
      unmatched: built.unmatched.map(unresolvedRowJson),
      progressSources: sources,
      problems: problems.map(problemReportJson),
    }, { force });
    if (!saved) return 2;
  }
  if (out !== undefined && outBytes !== null) {
    const failure = await writeFileAtomically(out, outBytes, { overwrite: force });
    if (failure !== null) {
      io.err(en ? failure.en : failure.zh);
      return 2;
    }
    io.out(say(`台账和通报汇总已写入 ${out}（原文件未改动）`, `Ledger and summary written to ${out} (the input file is unchanged)`));
  }
  if (refused) return 2;
  return problems.some((problem) => problem.severity === "error") ? 1 : 0;
}

/**
 * The workbook's saved settings (the add-in's hidden settings, then a visible 设置 sheet the clerk keeps),
 * overridden by a --settings JSON file; null (after a message) when unusable.
 */
async function readSettings(workbook: ExcelJsWorkbook, settingsFile: string | undefined, io: CliIO): Promise<{ settings: LedgerSettings; problems: Problem[] } | null> {
  const settingsSheet = (await workbook.listSheets()).find(isSettingsSheetName);
  let overrides: Record<string, unknown> = {};
  if (settingsFile !== undefined) {
    const read = await readJson(settingsFile, io);
    if (read === undefined) return null;
    if (typeof read !== "object" || read === null || Array.isArray(read)) {
      io.err(io.lang === "en" ? `The settings file "${settingsFile}" must hold a JSON object of name → value.` : `设置文件“${settingsFile}”应为“名称：值”的 JSON 对象。`);
      return null;
    }
    overrides = read as Record<string, unknown>;
  }
  const sheet = settingsSheet !== undefined ? await workbook.readSheet(settingsSheet) : null;
  const { settings, problems } = workbookSettings(await workbook.readSettings(), sheet, settingsFile !== undefined ? { overrides, overridesFile: settingsFile } : {});
  return { settings, problems };
}

/** A JSON file's content, or undefined (after a message) when it cannot be read or parsed. */
async function readJson(path: string, io: CliIO): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, "utf8")).replace(/^\ufeff/, "")) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(io.lang === "en" ? `Cannot read the JSON file "${path}": ${reason}` : `无法读取 JSON 文件“${path}”：${reason}`);
    return undefined;
  }
}

function isResolutions(value: unknown): value is ProgressResolutions {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((taskId) => taskId === null || typeof taskId === "string");
}

interface PreparedOut {
  /** The workbook to write, or null when it may not be written (problems say why). */
  bytes: Uint8Array | null;
  ledgerName: string;
  edits: LedgerEdit[];
  problems: Problem[];
}

/**
 * The workbook with this period's ledger and summary written into it, and the hand edits that would be lost; when
 * the workbook holds what a copy would lose (charts, pivot tables, macros …), a separate workbook with only the
 * ledger and the summary instead, with a problem saying why; nothing when a clerk's own sheet has the ledger's name.
 */
async function prepareOut(
  workbook: ExcelJsWorkbook,
  sheets: SheetGrid[],
  evaluations: readonly TaskEvaluation[],
  options: { asOf: string; settings: LedgerSettings; lang: "zh" | "en"; file: string },
): Promise<PreparedOut> {
  const output = ledgerOutput(evaluations, sheets, options);
  const ledgerName = output.ledger.layout.name;
  const taken = [ledgerName, output.summary.name].map((name) => ledgerNameTaken(sheets, name, options.file)).filter((problem) => problem !== null);
  if (taken.length > 0) return { bytes: null, ledgerName, edits: [], problems: [...output.ledger.problems, ...taken] };
  if (workbook.unsupportedParts.length > 0) {
    const separate = await separateWorkbookBytes([output.ledger.layout, output.summary], workbook.unsupportedParts, options.file);
    return { bytes: separate.bytes, ledgerName, edits: [], problems: [...output.ledger.problems, separate.problem] };
  }
  const keep = keepClerkCells(workbook, sheets.find((grid) => grid.name === output.previousSheet) ?? null, ledgerName);
  await workbook.writeSheet(output.ledger.layout);
  await workbook.writeSheet(output.summary);
  keep.restore(output.ledger.layout);
  return { bytes: await workbook.toBytes(), ledgerName, edits: output.edits, problems: output.ledger.problems };
}

interface BuildSummary {
  asOf: string;
  yearProgress: number;
  taskSheet: string;
  counts: { status: (typeof STATUS_PRECEDENCE)[number]; count: number }[];
  total: number;
  rows: number;
  sources: ProgressSource[];
  matched: number;
  ignored: number;
  unmatched: { where: string; label: string; reason: string; candidates: string[] }[];
  errors: number;
  warnings: number;
}

const REASONS: Record<string, { zh: string; en: string }> = {
  "no-match": { zh: "未对应", en: "no match" },
  "unknown-resolution": { zh: "所选序号不存在", en: "chosen id unknown" },
  "several-titles": { zh: "多项相近", en: "several close" },
  "id-title-disagree": { zh: "序号与名称不符", en: "id and title disagree" },
  "duplicate-id": { zh: "序号重复", en: "duplicate id" },
};

function printSummary(io: CliIO, summary: BuildSummary): void {
  const en = io.lang === "en";
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  io.out("");
  io.out(
    en
      ? `As of ${summary.asOf}: expected progress ${percent(summary.yearProgress)}; ${summary.total} tasks from sheet "${summary.taskSheet}".`
      : `截至${summary.asOf}，序时进度${percent(summary.yearProgress)}；任务表“${summary.taskSheet}”共${summary.total}项任务。`,
  );
  const labelWidth = 2 + Math.max(...summary.counts.map(({ status }) => displayWidth(statusLabel(status, io.lang))));
  io.out(`  ${pad(en ? "Status" : "状态", labelWidth)}${en ? "Tasks" : "任务数"}`);
  for (const { status, count } of summary.counts) io.out(`  ${pad(statusLabel(status, io.lang), labelWidth)}${String(count).padStart(5)}`);
  const sourceCount = summary.sources.length;
  io.out(
    en
      ? `Progress rows: ${summary.rows} from ${sourceCount} sheets; ${summary.matched} matched, ${summary.unmatched.length} for the clerk to resolve${summary.ignored > 0 ? `, ${summary.ignored} set aside` : ""}.`
      : `进展行：${summary.rows}行（${sourceCount}张表），已对应${summary.matched}行，待确认${summary.unmatched.length}行${summary.ignored > 0 ? `，不属于任何任务${summary.ignored}行` : ""}。`,
  );
  for (const row of summary.unmatched) {
    const reason = REASONS[row.reason]?.[io.lang] ?? row.reason;
    const candidates = row.candidates.length > 0 ? (en ? ` → closest: ${row.candidates.join(", ")}` : ` → 最接近：${row.candidates.join("、")}`) : "";
    io.out(`  ${row.where}  ${reason}  ${shorten(row.label)}${candidates}`);
  }
  io.out(en ? `${summary.errors} errors, ${summary.warnings} warnings.` : `错误${summary.errors}个，警告${summary.warnings}个。`);
}

/** Columns a text takes in a terminal, a Chinese character counting two. */
function displayWidth(text: string): number {
  return Array.from(text).reduce((sum, ch) => sum + (/[\u0000-\u00ff]/.test(ch) ? 1 : 2), 0);
}

/** Pad to a display width. */
function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(1, width - displayWidth(text)));
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 24 ? `${chars.slice(0, 24).join("")}…` : text;
}

