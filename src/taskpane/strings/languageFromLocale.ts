import type { Language } from "../../domain/language";

/**
 * The interface language for a locale such as Office.context.displayLanguage ("zh-CN", "en-US")
 * or navigator.language: English when it starts with "en", Chinese otherwise.
 * @example languageFromLocale("en-GB") // "en"
 * @example languageFromLocale("zh-TW") // "zh"
 * @example languageFromLocale(undefined) // "zh"
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  return locale && /^en\b/i.test(locale.trim()) ? "en" : "zh";
}
