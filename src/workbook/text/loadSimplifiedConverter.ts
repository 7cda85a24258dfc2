import type { Converter as OpenccConverter } from "opencc-js";

type Converter = typeof OpenccConverter;

/** Traditional → simplified conversion of a text (the domain's importers take it as an option). */
export type SimplifiedConverter = (text: string) => string;

let loading: Promise<SimplifiedConverter> | null = null;

/**
 * Load opencc-js (traditional → mainland simplified, phrases included) on first use. In the browser this is a
 * lazy chunk fetched from the add-in's own server only when a text is imported; the domain stays free of it and
 * gets the converter passed in (importDivisionText's `toSimplified`).
 * @example const toSimplified = await loadSimplifiedConverter(); toSimplified("省科學技術廳") // "省科学技术厅"
 */
export function loadSimplifiedConverter(): Promise<SimplifiedConverter> {
  if (!loading) {
    loading = import(/* webpackChunkName: "opencc" */ "opencc-js/t2cn").then((mod) => {
      const namespace = mod as unknown as { Converter?: Converter; default?: { Converter: Converter } };
      const converter = namespace.Converter ?? namespace.default?.Converter;
      if (!converter) throw new Error("opencc-js: no Converter");
      return converter({ from: "t", to: "cn" });
    });
  }
  return loading;
}
