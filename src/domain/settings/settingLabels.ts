import type { LedgerSettings } from "../evaluation";

/**
 * Chinese labels of the settings, as a settings sheet (设置) shows them; parseSettings accepts them as keys too.
 * Order is the order of saving and display.
 */
export const SETTING_LABELS: Readonly<Record<keyof LedgerSettings, string>> = {
  expectedProgressMethod: "序时进度算法",
  laggingBadlyGap: "严重滞后差距（百分点）",
  dueSoonDays: "临期天数",
  growthTolerance: "增速容差（百分点）",
  rateLaggingBadlyShare: "增速等严重滞后比例",
  dataLagMonths: "数据滞后月数",
  levelReachedShown: "达到目标后完成率显示",
  titleMatchThreshold: "标题匹配阈值",
  ledgerSheetName: "台账表名",
  summarySheetName: "通报汇总表名",
  noticeStatuses: "督办状态",
  noticeFeedbackDays: "反馈时限（天）",
};
