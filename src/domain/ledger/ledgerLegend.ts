import type { LedgerSettings, TaskStatus } from "../evaluation";
import { statusLabel } from "../status/statusLabel";
import type { Language } from "../language";

/** One line of the legend under the ledger. */
export interface LedgerLegendLine {
  /** The word as it appears in the 状态 cell, or the name of a marking. */
  word: string;
  /** The status whose colour the word is shown in; "tint" for the row tint; null for removed rows. */
  status: TaskStatus | "tint" | null;
  description: string;
}

/**
 * The legend printed under the ledger: every status word with its rule (thresholds from the settings),
 * the row tint and the 已移除 marking.
 * @example ledgerLegend(DEFAULT_SETTINGS)[4] // { word: "严重滞后", status: "lagging-badly", description: "低于序时进度30个百分点以上" }
 * Rule: docs/RULES.md, 颜色 (colours).
 */
export function ledgerLegend(settings: LedgerSettings, lang: Language = "zh"): LedgerLegendLine[] {
  const gap = settings.laggingBadlyGap;
  const share = Math.round(settings.rateLaggingBadlyShare * 100);
  const days = settings.dueSoonDays;
  if (lang === "en") {
    return [
      {
        word: `${statusLabel("done", "en")} / ${statusLabel("done", "en", 2)}`,
        status: "done",
        description: "Completion at least 100%, a cap held, or the milestone reported done; above 100% is Exceeded",
      },
      { word: statusLabel("on-schedule", "en"), status: "on-schedule", description: "Completion at or above expected progress" },
      { word: statusLabel("due-soon", "en"), status: "due-soon", description: `On schedule but not done, deadline within ${days} days` },
      { word: statusLabel("lagging", "en"), status: "lagging", description: "Below expected progress; growth, level and cap targets: the target not met" },
      {
        word: statusLabel("lagging-badly", "en"),
        status: "lagging-badly",
        description: `More than ${gap} percentage points below expected progress; growth, level and cap targets: short by more than ${share}% of the target`,
      },
      { word: statusLabel("overdue", "en"), status: "overdue", description: "Past the deadline and not done" },
      { word: statusLabel("no-report", "en"), status: "no-report", description: "No progress reported for the period" },
      { word: statusLabel("no-figure", "en"), status: "no-figure", description: "Progress reported, but no usable figure for a quantitative target" },
      { word: "Tinted row", status: "tint", description: "Tasks not reaching expected progress (behind, badly behind, overdue, not reported, no figure)" },
      { word: "Removed", status: null, description: "No longer in the task table; the row is kept for the record" },
    ];
  }
  return [
    {
      word: `${statusLabel("done")}／${statusLabel("done", "zh", 2)}`,
      status: "done",
      description: "完成率达到100%、逆指标控制在目标以内或里程碑任务已完成；超过100%为超额完成",
    },
    { word: statusLabel("on-schedule"), status: "on-schedule", description: "完成率达到或超过序时进度" },
    { word: statusLabel("due-soon"), status: "due-soon", description: `达到序时进度但尚未完成，距完成时限不足${days}天` },
    { word: statusLabel("lagging"), status: "lagging", description: "低于序时进度；增速、水平、上限类指标：未达到目标" },
    { word: statusLabel("lagging-badly"), status: "lagging-badly", description: `低于序时进度${gap}个百分点以上；增速、水平、上限类指标：差距超过目标值的${share}%` },
    { word: statusLabel("overdue"), status: "overdue", description: "已过完成时限仍未完成" },
    { word: statusLabel("no-report"), status: "no-report", description: "本期未报送推进情况" },
    { word: statusLabel("no-figure"), status: "no-figure", description: "报送了进展，但没有可用于计算完成率的数字" },
    { word: "整行底纹", status: "tint", description: "未达到序时进度的任务（滞后、严重滞后、逾期、未报送、缺数字）整行浅色底纹" },
    { word: "已移除", status: null, description: "任务已不在本期任务表中，保留原记录备查" },
  ];
}
