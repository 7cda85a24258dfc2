import type { Problem } from "../domain/problem";

/**
 * A sheet asked for by name that the workbook does not have (PortRefusal "missing-sheet").
 * @example missingSheetRefusal("省经委进展", "工业项目年2007.xlsx").code // "missing-sheet"
 */
export function missingSheetRefusal(name: string, file?: string): Problem {
  return {
    code: "missing-sheet",
    severity: "error",
    ...(file !== undefined ? { file } : {}),
    sheet: name,
    message: `工作表“${name}”不存在，请检查工作表名称。`,
    messageEn: `Sheet "${name}" not found${file !== undefined ? ` in ${file}` : ""}; check the sheet's name.`,
  };
}
