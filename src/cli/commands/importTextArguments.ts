import { parseArgs } from "node:util";
import type { UnmarkedListReading } from "../../domain/responsibility/parseResponsibility";
import type { CliIO } from "../cliIO";
import { explainArgsError } from "../explainArgsError";

export const IMPORT_TEXT_USAGE =
  "用法 (usage): progress-ledger import-text <分工方案.txt|.docx> --out 任务表.xlsx [--json 报告.json] [--sheet 工作表] [--level 省|市|县|区] [--unmarked first-listed|joint] [--force]";
const LEVELS = ["省", "市", "县", "区"];
const READINGS: readonly UnmarkedListReading[] = ["first-listed", "joint"];

/** The arguments of `import-text`, checked. */
export interface ImportTextArguments {
  /** The division document. */
  file: string;
  /** The workbook to write. */
  out: string;
  json?: string;
  sheet?: string;
  /** The level whose units are read where the document has parallel 省/市 labels. */
  level?: string;
  /** How lists of several units without 牵头 are read where the document states no rule. */
  unmarked?: UnmarkedListReading;
  force: boolean;
}

/**
 * The arguments of `import-text`, or null after a message on standard error (exit 2): unknown options, no document
 * or no --out, a --level other than 省/市/县/区, an --unmarked other than first-listed or joint.
 * @example parseImportTextArguments(["分工方案.txt", "--out", "任务表.xlsx"], io) // { file: "分工方案.txt", out: "任务表.xlsx", force: false }
 */
export function parseImportTextArguments(argv: string[], io: CliIO): ImportTextArguments | null {
  const en = io.lang === "en";
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        json: { type: "string" },
        sheet: { type: "string" },
        level: { type: "string" },
        unmarked: { type: "string" },
        force: { type: "boolean" },
        lang: { type: "string" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    io.err(explainArgsError(error));
    io.err(IMPORT_TEXT_USAGE);
    return null;
  }
  const file = parsed.positionals[0];
  const { out, json, sheet, level, unmarked } = parsed.values;
  if (!file || !out) {
    io.err(en ? "Give the document to import and the workbook to write (--out)." : "请给出要导入的文档和要写出的工作簿（--out）。");
    io.err(IMPORT_TEXT_USAGE);
    return null;
  }
  if (level !== undefined && !LEVELS.includes(level)) {
    io.err(en ? `--level must be one of ${LEVELS.join(", ")} (the level whose units are read).` : `--level 应为 ${LEVELS.join("、")} 之一（按哪一级读取责任单位）。`);
    return null;
  }
  const reading = READINGS.find((candidate) => candidate === unmarked);
  if (unmarked !== undefined && reading === undefined) {
    io.err(
      en
        ? "--unmarked must be first-listed (the first unit of an unmarked list leads) or joint (shared, no lead)."
        : "--unmarked 应为 first-listed（未标牵头的几个单位，列第一位者牵头）或 joint（共同负责，不设牵头）。",
    );
    return null;
  }
  return {
    file,
    out,
    ...(json !== undefined ? { json } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    ...(level !== undefined ? { level } : {}),
    ...(reading !== undefined ? { unmarked: reading } : {}),
    force: parsed.values.force === true,
  };
}
