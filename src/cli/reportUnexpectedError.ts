import { appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * What to tell the clerk when something unexpected failed: a short message in both languages naming a log file
 * that holds the details (the stack, the command line, the versions) for the maintainers — never the stack on
 * screen. The log goes to the system's temporary folder; when even that cannot be written, the message says so.
 * @example reportUnexpectedError(error, ["build", "a.xlsx"]) // "内部错误（…）。详细信息已写入 /tmp/progress-ledger-错误记录.log，请把该文件发给维护人员。…"
 */
export function reportUnexpectedError(error: unknown, argv: readonly string[], logFolder: string = tmpdir()): string {
  const summary = firstLine(error);
  const log = join(logFolder, "progress-ledger-错误记录.log");
  const details = [
    `--- ${new Date().toISOString()} node ${process.version} ${process.platform}`,
    `argv: ${JSON.stringify(argv)}`,
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error),
    "",
  ].join("\n");
  try {
    mkdirSync(logFolder, { recursive: true });
    appendFileSync(log, details, "utf8");
  } catch {
    return `内部错误（${summary}），详细信息也无法写入日志。请把所用命令和文件发给维护人员。\nInternal error (${summary}); the details could not be logged either. Send the command and files to the maintainers.`;
  }
  return `内部错误（${summary}）。详细信息已写入 ${log}，请把该文件发给维护人员。\nInternal error (${summary}). Details were written to ${log}; please send that file to the maintainers.`;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split(/\r?\n/, 1)[0] ?? "";
  return line.length > 160 ? `${line.slice(0, 160)}…` : line || "unknown";
}
