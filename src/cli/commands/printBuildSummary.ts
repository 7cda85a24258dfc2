import type { STATUS_PRECEDENCE } from "../../domain/evaluation";
import { statusLabel } from "../../domain/status/statusLabel";
import type { ProgressSource } from "../../domain/progress/readProgressSources";
import type { CliIO } from "../cliIO";

/** What `build` prints after the problems. */
export interface BuildSummary {
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

/**
 * The summary `build` prints: the as-of date and expected progress, tasks per status in a column, progress rows
 * read and matched, each row left for the clerk (where, why, the closest tasks), and the count of errors and warnings.
 * @example printBuildSummary(io, { asOf: "2007-10-31", yearProgress: 0.833, taskSheet: "工业项目年", counts, total: 40, rows: 52, sources, matched: 50, ignored: 0, unmatched: [], errors: 0, warnings: 3 })
 */
export function printBuildSummary(io: CliIO, summary: BuildSummary): void {
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

