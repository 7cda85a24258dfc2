import type { Problem } from "../problem";

/**
 * Why a sheet was not written: one of that name exists and is not the product's (mayReplaceSheet said no). The
 * refusal both writers give, in Chinese and English, saying what to do.
 * @example foreignSheetRefusal("分工方案").code // "foreign-sheet"
 */
export function foreignSheetRefusal(name: string): Problem {
  return {
    code: "foreign-sheet",
    severity: "error",
    sheet: name,
    message: `工作表“${name}”已存在且不是本产品生成的台账或汇总表，未改写。请改名后重试，或确认覆盖。`,
    messageEn: `Sheet "${name}" exists and was not written by this product; it was left unchanged. Choose another name, or confirm overwriting it.`,
  };
}
