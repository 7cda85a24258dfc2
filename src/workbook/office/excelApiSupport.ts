import type { Problem } from "../../domain/problem";
import { EXCEL_API_REQUIREMENTS, MINIMUM_EXCEL_API } from "./excelApiRequirements";

/** Which requirement sets this Excel has: what the writer and reader may use. */
export interface ExcelApiSupport {
  /** ExcelApi 1.7: reading and writing at all. */
  usable: boolean;
  /** ExcelApi 1.9: page layout, autofilter, RangeAreas. */
  pageLayout: boolean;
  /** ExcelApi 1.13: merged areas. */
  mergedAreas: boolean;
  /** What the clerk should know: an error when the add-in cannot work, else a warning per missing set. */
  problems: Problem[];
}

/**
 * Ask Excel which ExcelApi sets it supports (`Office.context.requirements.isSetSupported("ExcelApi", "1.9")`, the
 * runtime check of "Office versions and requirement sets", learn.microsoft.com/office/dev/add-ins/develop/office-versions-and-requirement-sets)
 * and say, in Chinese and English, what the add-in cannot do here and that the standalone page does it instead.
 * @example excelApiSupport((name, version) => Office.context.requirements.isSetSupported(name, version)).mergedAreas // false on Excel 2019
 */
export function excelApiSupport(isSetSupported: (name: string, version: string) => boolean): ExcelApiSupport {
  const has = (version: string) => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  if (!has(MINIMUM_EXCEL_API)) {
    return {
      usable: false,
      pageLayout: false,
      mergedAreas: false,
      problems: [
        {
          code: "excel-too-old",
          severity: "error",
          message: `此版本的 Excel 不支持本加载项（需要 ExcelApi ${MINIMUM_EXCEL_API} 以上：Excel 2021、Excel 2024、Microsoft 365 或网页版 Excel）。请用浏览器打开独立网页版 standalone.html，在其中打开工作簿文件，功能相同。`,
          messageEn: `This Excel cannot run the add-in (it needs ExcelApi ${MINIMUM_EXCEL_API} or later: Excel 2021, Excel 2024, Microsoft 365 or Excel on the web). Open the standalone page, standalone.html, in a browser and open the workbook there: it does the same.`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  for (const requirement of EXCEL_API_REQUIREMENTS) {
    if (requirement.without === null || has(requirement.version)) continue;
    problems.push({
      code: "excel-api-missing",
      severity: "warning",
      message: `此版本的 Excel 缺少 ExcelApi ${requirement.version}：${requirement.without.zh}。如需完整功能，请升级 Excel，或改用独立网页版 standalone.html。`,
      messageEn: `This Excel lacks ExcelApi ${requirement.version}: ${requirement.without.en}. For everything, update Excel or use the standalone page, standalone.html.`,
    });
  }
  return { usable: true, pageLayout: has("1.9"), mergedAreas: has("1.13"), problems };
}
