import { parseArgs } from "node:util";
import { isSupportedAsOf } from "../../domain/ledger/isSupportedAsOf";
import type { CliIO } from "../cliIO";
import { explainArgsError } from "../explainArgsError";
import { spreadProgressArgs } from "../spreadProgressArgs";

export const BUILD_USAGE =
  "用法 (usage): progress-ledger build <任务表.xlsx> [--progress 文件或文件夹 ...] --as-of YYYY-MM-DD [--json 报告.json] [--out 结果.xlsx] [--force] [--settings 设置.json] [--resolutions 对应.json] [--sheet 任务表]";

/** The arguments of `build`, checked. */
export interface BuildArguments {
  file: string;
  asOf: string;
  progress: string[];
  json?: string;
  out?: string;
  force: boolean;
  settings?: string;
  resolutions?: string;
  sheet?: string;
}

/**
 * The arguments of `build`, or null after a message (exit 2): unknown options, no workbook, a missing or invalid
 * --as-of (a real date in 1900–2100). Several files may follow one --progress (spreadProgressArgs). Whether the
 * outputs may be written is decided once the inputs are known (refuseOutputOverInput).
 * @example await parseBuildArguments(["任务表.xlsx", "--as-of", "2007-10-31"], io) // { file: "任务表.xlsx", asOf: "2007-10-31", progress: [], force: false }
 */
export async function parseBuildArguments(argv: string[], io: CliIO): Promise<BuildArguments | null> {
  const say = (zh: string, english: string): string => (io.lang === "en" ? english : zh);
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
    io.err(BUILD_USAGE);
    return null;
  }
  const file = parsed.positionals[0];
  if (!file) {
    io.err(say("请给出任务表所在的工作簿。", "Give the workbook holding the task table."));
    io.err(BUILD_USAGE);
    return null;
  }
  const asOf = parsed.values["as-of"];
  if (asOf === undefined) {
    io.err(say("缺少 --as-of 截至日期（yyyy-mm-dd，如 2007-10-31）。", "Missing --as-of date (yyyy-mm-dd, e.g. 2007-10-31)."));
    io.err(BUILD_USAGE);
    return null;
  }
  if (!isSupportedAsOf(asOf)) {
    io.err(say(`截至日期“${asOf}”无效，应为 1900 至 2100 年间的 yyyy-mm-dd（如 2007-10-31）。`, `Invalid --as-of date "${asOf}": use yyyy-mm-dd in the years 1900–2100 (e.g. 2007-10-31).`));
    return null;
  }
  const { out, json, settings, resolutions, sheet } = parsed.values;
  const force = parsed.values.force === true;
  return { file, asOf, progress: parsed.values.progress ?? [], json, out, force, settings, resolutions, sheet };
}
