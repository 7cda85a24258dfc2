import type { Language } from "../../domain/language";

/** One check of the self-test: an API the add-in uses, tried on a scratch sheet. */
export interface SelfTestItem {
  /** Stable id, e.g. "requirement-1.13", "merged-areas", "page-layout". */
  id: string;
  zh: string;
  en: string;
  /** ok: worked; failed: Excel refused (detail says how); missing: the requirement set is absent, not tried; skipped: does not apply here. */
  status: "ok" | "failed" | "missing" | "skipped";
  /** Excel's error code and message, or what was found. */
  detail?: string;
}

export interface SelfTestReport {
  /** "Excel" (Office.js) or "ExcelJS" (the standalone page). */
  host: string;
  /** Office's platform and version when known, e.g. "PC 16.0.17928.20114". */
  environment: string;
  /** ISO date and time of the run. */
  when: string;
  items: SelfTestItem[];
}

const MARK: Record<SelfTestItem["status"], string> = { ok: "✓", failed: "✗", missing: "–", skipped: "·" };
const WORD: Record<SelfTestItem["status"], { zh: string; en: string }> = {
  ok: { zh: "通过", en: "ok" },
  failed: { zh: "失败", en: "failed" },
  missing: { zh: "不支持", en: "not supported" },
  skipped: { zh: "不适用", en: "not applicable" },
};

/**
 * The self-test report as plain text, to copy and send to whoever maintains the add-in: one line per check with its
 * outcome and Excel's error code, then a count. Chinese or English.
 * @example selfTestReportText(report, "zh").split("\n")[0] // "督查台账 自检报告"
 */
export function selfTestReportText(report: SelfTestReport, lang: Language): string {
  const lines = [
    lang === "zh" ? "督查台账 自检报告" : "Progress Ledger self-test report",
    `${lang === "zh" ? "时间" : "Time"}: ${report.when}`,
    `${lang === "zh" ? "运行环境" : "Host"}: ${report.host}${report.environment ? ` (${report.environment})` : ""}`,
    "",
  ];
  for (const item of report.items) {
    const label = lang === "zh" ? item.zh : item.en;
    lines.push(`${MARK[item.status]} ${label}: ${WORD[item.status][lang]}${item.detail ? ` — ${item.detail}` : ""}`);
  }
  const failed = report.items.filter((item) => item.status === "failed").length;
  const missing = report.items.filter((item) => item.status === "missing").length;
  lines.push("");
  lines.push(
    lang === "zh"
      ? `共 ${report.items.length} 项：${report.items.length - failed - missing} 项通过或不适用，${failed} 项失败，${missing} 项不支持。`
      : `${report.items.length} checks: ${report.items.length - failed - missing} ok or not applicable, ${failed} failed, ${missing} not supported.`,
  );
  return lines.join("\n");
}
