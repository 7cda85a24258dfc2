import { createContext, useContext } from "react";
import type { Language } from "../../domain/language";
import { zh, type Strings } from "./zh";

/** The current language and its strings, provided once by App. */
export const StringsContext = createContext<{ lang: Language; strings: Strings }>({ lang: "zh", strings: zh });

/**
 * The strings of the current language, for any component below App.
 * @example const { strings } = useStrings(); <Button>{strings.check.run}</Button>
 */
export function useStrings(): { lang: Language; strings: Strings } {
  return useContext(StringsContext);
}
