import { basename } from "node:path";
import { makeReportTemplates } from "../../app/makeReportTemplates";
import { layoutWorkbookBytes } from "../../workbook/exceljs/layoutWorkbookBytes";
import { openCommandWorkbook } from "../openCommandWorkbook";
import type { CliIO } from "../cliIO";
import { formatProblemLine } from "../formatProblemLine";
import { parseBuildArguments } from "./buildArguments";
import { takeOutFolder, writeFilesInto } from "./outputFolder";

export const TEMPLATES_USAGE = "用法 (usage): progress-ledger templates <任务表.xlsx> --as-of YYYY-MM-DD --out 文件夹 [--sheet 任务表] [--force]";

/**
 * `progress-ledger templates <workbook.xlsx> --as-of YYYY-MM-DD --out FOLDER [--sheet NAME] [--force]`: the adapter of
 * makeReportTemplates — one .xlsx report template per department that leads or supports a task, written into the
 * folder (an existing file kept unless --force). Exit 0 written, 1 written with errors in the task table, 2 unusable input.
 * @example await runTemplates(["examples/工业项目年2007.xlsx", "--as-of", "2007-10-31", "--out", "out/填报表"], processIO())
 */
export async function runTemplates(argv: string[], io: CliIO): Promise<number> {
  const out = takeOutFolder(argv, io, TEMPLATES_USAGE);
  if (out === null) return 2;
  const args = await parseBuildArguments(out.rest, io);
  if (args === null) return 2;
  const workbook = await openCommandWorkbook(args.file, io);
  if (workbook === null) return 2;
  const made = await makeReportTemplates(workbook, { asOf: args.asOf, ...(args.sheet !== undefined ? { sheet: args.sheet } : {}) });
  const mainFile = basename(args.file);
  for (const problem of made.problems) (made.ok ? io.out : io.err)(formatProblemLine(problem, io.lang, mainFile));
  if (!made.ok) return 2;
  const files = await Promise.all(made.templates.map(async (template) => ({ name: template.fileName, bytes: await layoutWorkbookBytes([template.layout]) })));
  const written = await writeFilesInto(out.folder, files, { force: args.force, io });
  if (written === null) return 2;
  for (const template of made.templates) io.out(`  ${template.fileName}（${template.taskIds.length}${io.lang === "en" ? " tasks" : "项任务"}）`);
  io.out(io.lang === "en" ? `${written.length} report templates written to ${out.folder}` : `已在 ${out.folder} 写出${written.length}份进展填报表。`);
  return made.problems.some((problem) => problem.severity === "error") ? 1 : 0;
}
