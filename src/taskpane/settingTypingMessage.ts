import type { Language } from "../domain/language";
import type { Problem } from "../domain/problem";

/**
 * The message of a setting's problem while the clerk types it, in the pane's language: without the clause saying the
 * default or the earlier value is used, since nothing has fallen back yet (saving is refused instead).
 * @example settingTypingMessage({ …, message: "……不是数字；已使用默认值 15。" }, "zh") // "……不是数字。"
 * @example settingTypingMessage(undefined, "zh") // undefined
 */
export function settingTypingMessage(problem: Problem | undefined, lang: Language): string | undefined {
  if (problem === undefined) return undefined;
  return lang === "en" ? problem.messageEn.replace(/ The (default|earlier value) .*$/, "") : problem.message.replace(/；已使用(默认值|原值).*$/, "。");
}
