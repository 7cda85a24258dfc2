import { en } from "./en";
import type { Language } from "../../domain/language";
import { zh, type Strings } from "./zh";

/**
 * The strings module of a language.
 * @example stringsFor("en").steps.write // "3 Ledger"
 */
export function stringsFor(lang: Language): Strings {
  return lang === "en" ? en : zh;
}
