import { basename } from "node:path";
import type { ProgressFileSheets } from "../../app/computeProgress";
import type { ProgressResolutions } from "../../domain/progress/matchProgressRows";
import { openWorkbookFile } from "../../workbook/exceljs/openWorkbookFile";
import { readAhead } from "../../workbook/exceljs/readAhead";
import type { CliIO } from "../cliIO";
import { readJsonFile } from "../readJsonFile";
import type { BuildArguments } from "./buildArguments";

/** What `build` reads besides the workbook: --settings, --resolutions and the --progress files, opened. */
export interface BuildInputs {
  settingsOverrides?: { values: Record<string, unknown>; file: string };
  resolutions: ProgressResolutions;
  files: ProgressFileSheets[];
}

function isResolutions(value: unknown): value is ProgressResolutions {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((taskId) => taskId === null || typeof taskId === "string");
}

/**
 * The --settings object, the --resolutions choices ({ "file|sheet|cell": "task id" | null }) and the progress files
 * (listed from --progress by listProgressFiles), each opened — or null after a message (exit 2) when one is
 * unusable. A progress file that cannot be opened is kept with its problems (listed, not fatal).
 * @example const inputs = await readBuildInputs(args, io, progressList.files); if (inputs === null) return 2;
 */
export async function readBuildInputs(args: BuildArguments, io: CliIO, progressFiles: readonly string[]): Promise<BuildInputs | null> {
  const say = (zh: string, english: string): string => (io.lang === "en" ? english : zh);
  const inputs: BuildInputs = { resolutions: {}, files: [] };
  if (args.settings !== undefined) {
    const read = await readJsonFile(args.settings, io);
    if (read === undefined) return null;
    if (typeof read !== "object" || read === null || Array.isArray(read)) {
      io.err(say(`设置文件“${args.settings}”应为“名称：值”的 JSON 对象。`, `The settings file "${args.settings}" must hold a JSON object of name → value.`));
      return null;
    }
    inputs.settingsOverrides = { values: read as Record<string, unknown>, file: args.settings };
  }
  if (args.resolutions !== undefined) {
    const read = await readJsonFile(args.resolutions, io);
    if (read === undefined) return null;
    if (!isResolutions(read)) {
      io.err(say(`对应关系文件“${args.resolutions}”应为 {"文件|工作表|单元格": "任务序号" 或 null} 的 JSON 对象。`, `The resolutions file "${args.resolutions}" must be a JSON object {"file|sheet|cell": "task id" or null}.`));
      return null;
    }
    inputs.resolutions = read;
  }
  // One file read ahead: the disk reads the next while this one is parsed.
  let ahead = progressFiles.length > 0 ? readAhead(progressFiles[0]) : null;
  for (const [index, path] of progressFiles.entries()) {
    const reading = ahead ?? readAhead(path);
    ahead = index + 1 < progressFiles.length ? readAhead(progressFiles[index + 1]) : null;
    const opened = await openWorkbookFile(path, reading);
    const name = basename(path);
    inputs.files.push(opened.ok ? { name, grids: await opened.value.readAllSheets() } : { name, grids: [], problems: opened.problems });
  }
  return inputs;
}
