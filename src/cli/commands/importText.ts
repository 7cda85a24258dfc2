import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { CliIO } from "../cliIO";
import { explainArgsError } from "../explainArgsError";
import type { Problem } from "../../domain/problem";
import { importDivisionText } from "../../domain/import/importDivisionText";
import { taskTableLayout } from "../../domain/layout/taskTableLayout";
import { problemReportJson } from "../../domain/report/problemReportJson";
import { taskReportJson } from "../../domain/report/taskReportJson";
import { decodeTextBytes } from "../../workbook/decodeTextBytes";
import { readDocxText } from "../../workbook/docx/readDocxText";
import { ExcelJsWorkbook } from "../../workbook/exceljs/excelJsWorkbook";
import { loadExcelJs } from "../../workbook/exceljs/loadExcelJs";
import { formatProblemLine } from "../formatProblemLine";
import { humanChannel } from "../humanChannel";
import { refuseOutputOverInput } from "../refuseOutputOverInput";
import { saveJsonReport } from "../saveJsonReport";
import { writeFileAtomically } from "../writeFileAtomically";

const USAGE = "用法 (usage): progress-ledger import-text <分工方案.txt|.docx> --out 任务表.xlsx [--json 报告.json] [--sheet 工作表] [--force]";
const DEFAULT_SHEET = "任务分解表";

/** The document's text, or why it cannot be read (in both languages). */
async function readDocumentText(file: string): Promise<{ text: string } | { zh: string; en: string }> {
  const extension = extname(file).toLowerCase();
  if (extension === ".doc" || extension === ".wps") {
    return { zh: `“${file}”是旧版 Word (.doc) 或 WPS 文档，请在 Word 或 WPS 中另存为 .docx 后再导入。`, en: `"${file}" is an old Word (.doc) or WPS document; save it as .docx and import that.` };
  }
  if (extension === ".pdf") {
    return { zh: `不能直接读取 PDF“${file}”：请把正文复制到 .txt 文件（换行可保留）后再导入。`, en: `Cannot read the PDF "${file}" directly; copy its text into a .txt file (line breaks may stay) and import that.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return code === "ENOENT"
      ? { zh: `找不到文件“${file}”，请检查路径和文件名。`, en: `File "${file}" not found; check the path and name.` }
      : { zh: `无法打开文件“${file}”（${code}），请检查文件权限。`, en: `Cannot open "${file}" (${code}); check its permissions.` };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return {
      zh: `“${file}”是加密的文档，或旧版 Word (.doc) / WPS 文档：请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入。`,
      en: `"${file}" is an encrypted document, or an old Word (.doc) / WPS one: remove the password in Word or WPS, save it as .docx and import that.`,
    };
  }
  if (extension === ".docx" || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    try {
      return { text: await readDocxText(bytes) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { zh: message, en: message };
    }
  }
  return { text: decodeTextBytes(bytes) };
}

/**
 * `progress-ledger import-text <file.txt|.docx> --out FILE.xlsx [--json FILE] [--sheet NAME] [--force]`: turn a
 * division document (分工方案) into a task table sheet, print what could not be placed (file:line), write the
 * workbook and the JSON report ({ tasks: [{ id, title, category, leads, supporting, responsibility, deadline,
 * source: { file, line } }], problems: [{ code, severity, file, line, message, messageEn }] }).
 * Never overwrites an existing --out file without --force. Exit 0 no errors, 1 errors (e.g. a bracket naming
 * no department), 2 the file or the output cannot be used.
 * @example await runImportText(["examples/分工方案2011.txt", "--out", "out/任务表.xlsx", "--json", "out/import.json"], processIO())
 */
export async function runImportText(argv: string[], raw: CliIO): Promise<number> {
  const en = raw.lang === "en";
  let io = raw;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: "string" }, json: { type: "string" }, sheet: { type: "string" }, force: { type: "boolean" }, lang: { type: "string" } },
      allowPositionals: true,
    });
  } catch (error) {
    io.err(explainArgsError(error));
    io.err(USAGE);
    return 2;
  }
  const file = parsed.positionals[0];
  const out = parsed.values.out;
  if (!file || !out) {
    io.err(en ? "Give the document to import and the workbook to write (--out)." : "请给出要导入的文档和要写出的工作簿（--out）。");
    io.err(USAGE);
    return 2;
  }
  io = humanChannel(raw, parsed.values.json);
  const force = parsed.values.force === true;
  const outputs = [{ option: "--out", path: out }, ...(parsed.values.json !== undefined ? [{ option: "--json", path: parsed.values.json }] : [])];
  const refused = await refuseOutputOverInput(outputs, [file], { force });
  if (refused !== null) {
    io.err(en ? refused.en : refused.zh);
    return 2;
  }

  const read = await readDocumentText(file);
  if (!("text" in read)) {
    io.err(en ? read.en : read.zh);
    return 2;
  }
  const name = basename(file);
  const imported = importDivisionText(read.text, { file: name });
  const print = (problem: Problem, channel: (line: string) => void) => channel(formatProblemLine(problem, io.lang, name));
  if (!imported.ok) {
    for (const problem of imported.problems) print(problem, io.err);
    if (parsed.values.json) await saveJsonReport(raw, io, parsed.values.json, { tasks: [], problems: imported.problems.map(problemReportJson) }, { force });
    return 2;
  }
  const { tasks, problems } = imported.value;
  for (const problem of problems) print(problem, io.out);

  const layout = taskTableLayout(tasks, { name: parsed.values.sheet ?? DEFAULT_SHEET });
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJsWorkbook(new ExcelJS.Workbook(), basename(out));
  await workbook.writeSheet(layout);
  const failure = await writeFileAtomically(out, await workbook.toBytes(), { overwrite: force });
  if (failure !== null) {
    io.err(en ? failure.en : failure.zh);
    return 2;
  }

  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.filter((problem) => problem.severity === "warning").length;
  const joint = tasks.filter((task) => task.responsibility === "joint").length;
  const respective = tasks.filter((task) => task.responsibility === "respective").length;
  io.out(
    en
      ? `Imported ${tasks.length} tasks from ${name} (${joint} joint by remit, ${respective} with respective leads); ${errors} errors, ${warnings} warnings. Sheet "${layout.name}" written to ${out}.`
      : `从“${name}”导入任务${tasks.length}项（按职责分工${joint}项，分别牵头${respective}项）；错误${errors}个，警告${warnings}个。工作表“${layout.name}”已写入 ${out}。`,
  );
  if (parsed.values.json && !(await saveJsonReport(raw, io, parsed.values.json, { tasks: tasks.map(taskReportJson), problems: problems.map(problemReportJson) }, { force }))) return 2;
  return errors > 0 ? 1 : 0;
}
