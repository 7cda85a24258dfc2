import type { ProgressReport, Target } from "../evaluation";

/** One respective lead's report of its own part, with its figure read in the target's unit. */
export interface LeadPart {
  report: ProgressReport;
  /** The part's figure in the target's unit. */
  figure: number;
}

/**
 * The one report that counts for a task whose leads each lead their own part (分别牵头) of an additive target: the
 * parts' figures summed in the target's unit (`value`, `unit`), the departments joined with “、”, each part's text
 * prefixed with its department (“部门：…”, the figure as reported when the row has no text) and joined with “；”, at
 * the first part's row. Parts are given in lead order.
 * @example combineLeadParts([{ report: { department: "延边州政府", text: "完成造林40万亩", source }, figure: 40 },
 *   { report: { department: "通化市政府", text: "", value: 100000, unit: "亩", source: source2 }, figure: 10 }], target100万亩)
 * // { department: "延边州政府、通化市政府", text: "延边州政府：完成造林40万亩；通化市政府：100000亩", value: 50, unit: "万亩", source }
 * Rule: docs/RULES.md, 牵头 (responsibility conventions).
 */
export function combineLeadParts(parts: readonly LeadPart[], target: Target): ProgressReport {
  const first = parts[0].report;
  const text = parts.map(({ report }) => `${report.department}：${partText(report)}`).join("；");
  const value = parts.reduce((sum, part) => sum + part.figure, 0);
  const combined: ProgressReport = {
    department: parts.map(({ report }) => report.department).join("、"),
    text,
    value,
    unit: target.unit,
    source: { ...first.source },
  };
  const dates = parts.map(({ report }) => report.asOf).filter((asOf): asOf is string => typeof asOf === "string" && asOf !== "");
  // The sum is only as recent as its oldest part.
  if (dates.length > 0) combined.asOf = dates.reduce((a, b) => (b < a ? b : a));
  return combined;
}

function partText(report: ProgressReport): string {
  const text = typeof report.text === "string" ? report.text.trim() : "";
  if (text !== "" || typeof report.value !== "number") return text;
  return `${report.value}${report.unit ?? ""}`;
}
