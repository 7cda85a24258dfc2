/**
 * The ExcelApi requirement sets the add-in uses, each with what depends on it (the "API set" remark of each member in
 * the Excel JavaScript API reference, learn.microsoft.com/javascript/api/excel). The manifest declares the lowest one
 * (`<Requirements>`: without it the add-in cannot read or write at all); the others are checked at start-up with
 * `Office.context.requirements.isSetSupported` and what they serve is skipped, and said, where Excel lacks them.
 */
export interface ExcelApiRequirement {
  version: "1.7" | "1.9" | "1.13";
  /** Members of that set the add-in calls. */
  members: readonly string[];
  /** What the clerk loses without it (Chinese, English). */
  without: { zh: string; en: string } | null;
}

export const EXCEL_API_REQUIREMENTS: readonly ExcelApiRequirement[] = [
  {
    version: "1.7",
    members: ["Worksheet.getRangeByIndexes", "Worksheet.freezePanes", "WorksheetCollection.getItemOrNullObject (1.4)", "Worksheet.getUsedRangeOrNullObject (1.4)"],
    without: null,
  },
  {
    version: "1.9",
    members: ["Worksheet.pageLayout", "Worksheet.autoFilter", "Worksheet.getRanges (RangeAreas)"],
    without: {
      zh: "生成的台账不设打印版式（A4、适合页宽、标题行、页脚）和筛选按钮，格式逐段设置（较慢）",
      en: "ledgers are written without print layout (A4, fit to width, title rows, footer) and filter buttons, and formatted run by run (slower)",
    },
  },
  {
    version: "1.13",
    members: ["Range.getMergedAreasOrNullObject"],
    without: {
      zh: "读取工作表时不识别合并单元格（合并的标题或分组单元格只在左上角有内容，其余单元格按空白处理）",
      en: "merged cells are not recognised when sheets are read (a merged heading or group cell has its text only in its top-left cell; the others read as blank)",
    },
  },
];

/** The lowest set: the manifest's `<Set Name="ExcelApi" MinVersion="1.7"/>`. */
export const MINIMUM_EXCEL_API = "1.7";
