import type { DataBarRuleType, Worksheet } from "exceljs";
import { columnLetter } from "../../domain/grid";
import type { SheetLayout } from "../../domain/layout";
import { completionRanges } from "../../domain/summary/completionRanges";

/** The bars' colour: the ledger's blue. */
const BAR_COLOR = "FF5B9BD5";

/**
 * The picture a file written by ExcelJS can carry (ExcelJS writes no charts): data bars from 0% to 100% over the
 * completion ratios of a summary's tables (平均完成率 by lead department and by category) and of a ledger's 完成率
 * column, as conditional formatting Excel and WPS show. Other sheets are left as they are. Returns the ranges barred.
 * @example addCompletionDataBars(worksheet, summaryLayout(evaluations, { asOf: "2007-10-31" })) // ["L6:L14", "L18:L21"]
 */
export function addCompletionDataBars(worksheet: Worksheet, layout: SheetLayout): string[] {
  const refs: string[] = [];
  for (const { ratios } of completionRanges(layout)) {
    const column = columnLetter(ratios.left);
    const ref = `${column}${ratios.top + 1}:${column}${ratios.bottom + 1}`;
    // ExcelJS writes the bar colour (its type declarations omit it).
    const rule: DataBarRuleType & { color: { argb: string } } = {
      type: "dataBar",
      priority: 1,
      gradient: false,
      minLength: 0,
      maxLength: 100,
      cfvo: [
        { type: "num", value: 0 },
        { type: "num", value: 1 },
      ],
      color: { argb: BAR_COLOR },
    };
    worksheet.addConditionalFormatting({ ref, rules: [rule] });
    refs.push(ref);
  }
  return refs;
}
