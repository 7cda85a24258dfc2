import type { ProgressReport, Target } from "../evaluation";
import { extractActual } from "./extractActual";

/**
 * The figure a report gives in its target's unit (its value column, else read from its text), or null for a
 * milestone, a target without a number, or a report without a readable figure.
 * @example reportFigure({ department: "市发改委", text: "1-10月完成投资241.4亿元", source }, parseTargets("当年计划投资284亿元")[0]) // 241.4
 */
export function reportFigure(report: ProgressReport, target: Target | undefined): number | null {
  if (target === undefined || target.kind === "milestone" || target.value === null) return null;
  const value = typeof report.value === "number" && Number.isFinite(report.value) ? { value: report.value, ...(report.unit !== undefined ? { unit: report.unit } : {}) } : undefined;
  const reading = extractActual(report.text, target, value);
  return "problem" in reading ? null : reading.value;
}

