import { readFile } from "node:fs/promises";
import { deflateStoredZip } from "../deflateStoredZip";
import { basename } from "node:path";
import type { CliIO } from "../cliIO";
import { humanChannel } from "../humanChannel";
import { refuseOutputOverInput } from "../refuseOutputOverInput";
import { saveJsonReport } from "../saveJsonReport";
import { writeFileAtomically } from "../writeFileAtomically";
import type { Problem } from "../../domain/problem";
import { createTaskSheet } from "../../app/createTaskSheet";
import { importDivisionText } from "../../app/importDivisionText";
import { readDivisionDocument } from "../../app/readDivisionDocument";
import { problemReportJson } from "../../domain/report/problemReportJson";
import { taskReportJson } from "../../domain/report/taskReportJson";
import { ExcelJsWorkbook } from "../../workbook/exceljs/excelJsWorkbook";
import { loadExcelJs } from "../../workbook/exceljs/loadExcelJs";
import { loadSimplifiedConverter } from "../../workbook/text/loadSimplifiedConverter";
import { formatProblemLine } from "../formatProblemLine";
import { parseImportTextArguments } from "./importTextArguments";

const DEFAULT_SHEET = "任务分解表";

/** The document's text, or why it cannot be read (in both languages). */
async function readDocumentText(file: string): Promise<{ text: string } | { zh: string; en: string }> {
  let bytes: Uint8Array = new Uint8Array();
  if (!/\.(doc|wps|pdf)$/i.test(file)) {
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return code === "ENOENT"
        ? { zh: `找不到文件“${file}”，请检查路径和文件名。`, en: `File "${file}" not found; check the path and name.` }
        : { zh: `无法打开文件“${file}”（${code}），请检查文件权限。`, en: `Cannot open "${file}" (${code}); check its permissions.` };
    }
  }
  const read = await readDivisionDocument(file, bytes, { anyAsText: true });
  if (read.text !== null) return { text: read.text };
  return { zh: read.problems[0]?.message ?? "", en: read.problems[0]?.messageEn ?? "" };
}

/**
 * `progress-ledger import-text <file.txt|.docx> --out FILE.xlsx [--json FILE] [--sheet NAME] [--level 省|市|县|区]
 * [--unmarked first-listed|joint] [--force]`: the adapter of the import (readDivisionDocument, importDivisionText,
 * createTaskSheet; arguments checked by parseImportTextArguments): turn a division document (分工方案) into a task table sheet, print what could not be placed (file:line), write the
 * workbook and the JSON report ({ tasks: [{ id, number, section, title, category, leads, supporting, responsibility,
 * deadline, leaders, inferred, source: { file, line } }], problems: [{ code, severity, file, line, message, messageEn }] }).
 * `--level` reads parallel 省/市 labels at that level; `--unmarked` reads lists of several units without 牵头 in a
 * document stating no rule (first-listed leads by default). Traditional characters go through opencc-js.
 * Never overwrites an existing --out file without --force. Exit 0 no errors, 1 errors (e.g. a bracket naming
 * no department), 2 the file or the output cannot be used.
 * @example await runImportText(["examples/分工方案2011.txt", "--out", "out/任务表.xlsx", "--json", "out/import.json"], processIO())
 */
export async function runImportText(argv: string[], raw: CliIO): Promise<number> {
  const args = parseImportTextArguments(argv, raw);
  if (args === null) return 2;
  const { file, out, force } = args;
  const en = raw.lang === "en";
  const io = humanChannel(raw, args.json);
  const outputs = [{ option: "--out", path: out }, ...(args.json !== undefined ? [{ option: "--json", path: args.json }] : [])];
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
  const imported = importDivisionText(read.text, {
    file: name,
    toSimplified: await loadSimplifiedConverter(),
    ...(args.level !== undefined ? { level: args.level } : {}),
    ...(args.unmarked !== undefined ? { unmarked: args.unmarked } : {}),
  });
  const print = (problem: Problem, channel: (line: string) => void) => channel(formatProblemLine(problem, io.lang, name));
  if (!imported.ok) {
    for (const problem of imported.problems) print(problem, io.err);
    if (args.json) await saveJsonReport(raw, io, args.json, { tasks: [], problems: imported.problems.map(problemReportJson) }, { force });
    return 2;
  }
  const { tasks, problems } = imported;
  for (const problem of problems) print(problem, io.out);

  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJsWorkbook(new ExcelJS.Workbook(), basename(out));
  const sheetName = await createTaskSheet(workbook, args.sheet ?? DEFAULT_SHEET, tasks);
  const failure = await writeFileAtomically(out, deflateStoredZip(await workbook.toBytes({ stored: true })), { overwrite: force });
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
      ? `Imported ${tasks.length} tasks from ${name} (${joint} joint by remit, ${respective} with respective leads); ${errors} errors, ${warnings} warnings. Sheet "${sheetName}" written to ${out}.`
      : `从“${name}”导入任务${tasks.length}项（按职责分工${joint}项，分别牵头${respective}项）；错误${errors}个，警告${warnings}个。工作表“${sheetName}”已写入 ${out}。`,
  );
  if (args.json && !(await saveJsonReport(raw, io, args.json, { tasks: tasks.map(taskReportJson), problems: problems.map(problemReportJson) }, { force }))) return 2;
  return errors > 0 ? 1 : 0;
}
