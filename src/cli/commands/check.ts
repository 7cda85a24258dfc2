import { parseArgs } from "node:util";
import { basename } from "node:path";
import type { CliIO } from "../cliIO";
import { explainArgsError } from "../explainArgsError";
import { humanChannel } from "../humanChannel";
import { refuseOutputOverInput } from "../refuseOutputOverInput";
import { saveJsonReport } from "../saveJsonReport";
import { checkWorkbook } from "../../app/checkWorkbook";
import { openCommandWorkbook } from "../openCommandWorkbook";
import { loadSimplifiedConverter } from "../../workbook/text/loadSimplifiedConverter";
import { formatProblemLine } from "../formatProblemLine";
import { taskReportJson } from "../../domain/report/taskReportJson";
import { problemReportJson } from "../../domain/report/problemReportJson";

/**
 * `progress-ledger check <workbook.xlsx|.csv> [--sheet NAME] [--json FILE]`: the adapter of step 1 (checkWorkbook): read the task table,
 * print every problem with its cell, write the JSON report. Exit 0 no errors, 1 errors, 2 file unusable.
 * @example await runCheck(["examples/分工方案.xlsx", "--json", "out/check.json"], processIO())
 */
export async function runCheck(argv: string[], raw: CliIO): Promise<number> {
  let parsed;
  let io = raw;
  try {
    parsed = parseArgs({ args: argv, options: { sheet: { type: "string" }, json: { type: "string" }, force: { type: "boolean" }, lang: { type: "string" } }, allowPositionals: true });
  } catch (error) {
    io.err(explainArgsError(error));
    io.err("用法 (usage): progress-ledger check <任务表.xlsx|.csv> [--sheet 工作表] [--json 报告.json]");
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file) {
    io.err("请给出要检查的工作簿 (give the workbook to check): progress-ledger check <任务表.xlsx|.csv>");
    return 2;
  }
  io = humanChannel(raw, parsed.values.json);
  const force = parsed.values.force === true;
  const refused = await refuseOutputOverInput(parsed.values.json !== undefined ? [{ option: "--json", path: parsed.values.json }] : [], [file], { force });
  if (refused !== null) {
    io.err(io.lang === "en" ? refused.en : refused.zh);
    return 2;
  }
  const workbook = await openCommandWorkbook(file, io);
  if (workbook === null) return 2;
  const toSimplified = await loadSimplifiedConverter();
  const checked = await checkWorkbook(workbook, parsed.values.sheet !== undefined ? { sheet: parsed.values.sheet, toSimplified } : { toSimplified });
  const mainFile = basename(file);
  if (!checked.ok) {
    for (const problem of checked.problems) io.err(formatProblemLine(problem, io.lang, mainFile));
    if (parsed.values.json) await saveJsonReport(raw, io, parsed.values.json, { tasks: [], problems: checked.problems.map(problemReportJson) }, { force });
    return 2;
  }
  const report = checked.value;
  const problems = checked.problems;
  for (const problem of problems) io.out(formatProblemLine(problem, io.lang, mainFile));
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.filter((problem) => problem.severity === "warning").length;
  io.out(
    io.lang === "en"
      ? `Read ${report.tasks.length} tasks from sheet "${report.sheet}" (header row ${report.headerRow}); ${errors} errors, ${warnings} warnings.`
      : `从工作表“${report.sheet}”（表头第${report.headerRow}行）读取任务${report.tasks.length}项；错误${errors}个，警告${warnings}个。`,
  );
  if (parsed.values.json && !(await saveJsonReport(raw, io, parsed.values.json, { tasks: report.tasks.map(taskReportJson), problems: problems.map(problemReportJson) }, { force }))) return 2;
  return errors > 0 ? 1 : 0;
}
