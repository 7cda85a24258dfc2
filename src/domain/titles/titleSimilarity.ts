import { compareNormalizedTitles } from "./compareNormalizedTitles";
import { normalizeTitle } from "./normalizeTitle";

/**
 * How alike a progress row's task title is to a task's title, 0..1, after normalisation (widths,
 * spaces, punctuation, leading enumeration): the Dice coefficient of character pairs, raised for a
 * title that is a phrase or an abbreviation of the other (departments shorten titles when they report).
 * Compared with `settings.titleMatchThreshold` (default 0.8).
 * @example titleSimilarity("全省努力完成工业投资。", "全省努力完成工业投资") // 1
 * @example titleSimilarity("工业大项目当年计划投资", "工业大项目计划总投资798亿元，当年计划投资") // ≈ 0.90
 * @example titleSimilarity("全省工业用电量", "全省努力完成工业投资") // ≈ 0.27
 */
export function titleSimilarity(a: string, b: string): number {
  return compareNormalizedTitles(normalizeTitle(a), normalizeTitle(b));
}
