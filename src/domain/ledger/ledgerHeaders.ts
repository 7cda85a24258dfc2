import type { Language } from "../language";

/** Columns the ledger generates (besides the periods' progress columns) and keeps. */
export type LedgerColumnRole =
  "id" | "category" | "title" | "target" | "leads" | "supporting" | "leaders" | "deadline" | "actual" | "ratio" | "expected" | "gap" | "status" | "remark" | "checkCode";

const ZH: Record<LedgerColumnRole, string> = {
  id: "序号",
  category: "类别",
  title: "工作任务",
  target: "年度目标",
  leads: "牵头单位",
  supporting: "配合单位",
  leaders: "责任领导",
  deadline: "完成时限",
  actual: "完成值",
  ratio: "完成率",
  expected: "序时进度",
  gap: "差距（百分点）",
  status: "状态",
  remark: "备注",
  checkCode: "核对码",
};

const EN: Record<LedgerColumnRole, string> = {
  id: "No.",
  category: "Category",
  title: "Task",
  target: "Annual target",
  leads: "Lead department",
  supporting: "Supporting departments",
  leaders: "Leaders",
  deadline: "Deadline",
  actual: "Actual",
  ratio: "Completion",
  expected: "Expected progress",
  gap: "Gap (points)",
  status: "Status",
  remark: "Notes",
  checkCode: "Check code",
};

/**
 * The ledger's column headers by role, in Chinese or English.
 * @example ledgerHeaders().gap // "差距（百分点）"
 * @example ledgerHeaders("en").remark // "Notes"
 */
export function ledgerHeaders(lang: Language = "zh"): Readonly<Record<LedgerColumnRole, string>> {
  return lang === "en" ? EN : ZH;
}
