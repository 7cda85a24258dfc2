import type { TaskStatus } from "../evaluation";
import type { Language } from "../language";


const LABELS: Record<TaskStatus, { zh: string; en: string }> = {
  done: { zh: "已完成", en: "Done" },
  overdue: { zh: "逾期", en: "Overdue" },
  "no-report": { zh: "未报送", en: "Not reported" },
  "no-figure": { zh: "缺数字", en: "No figure" },
  "lagging-badly": { zh: "严重滞后", en: "Badly behind" },
  lagging: { zh: "滞后", en: "Behind" },
  "due-soon": { zh: "临期", en: "Due soon" },
  "on-schedule": { zh: "序时推进", en: "On schedule" },
};

/**
 * The status word written in the ledger's 状态 cell (docs/RULES.md#status). A done task whose completion
 * ratio is above 100% is 超额完成 (exceeded).
 * @example statusLabel("lagging-badly") // "严重滞后"
 * @example statusLabel("done", "zh", 1.241) // "超额完成"
 * @example statusLabel("no-report", "en") // "Not reported"
 * Rule: docs/RULES.md, 状态 (statuses and their precedence).
 */
export function statusLabel(status: TaskStatus, lang: Language = "zh", ratio: number | null = null): string {
  if (status === "done" && ratio !== null && ratio > 1) return lang === "en" ? "Exceeded" : "超额完成";
  return LABELS[status][lang];
}
