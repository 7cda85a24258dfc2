import { columnLetter } from "../../domain/grid";
import type { SheetLayout } from "../../domain/layout";
import { completionRanges } from "../../domain/summary/completionRanges";

/** Chart names start with this, so the add-in can tell its charts from the clerk's. */
export const COMPLETION_CHART_PREFIX = "督查台账完成率";
/** The charts sit right of the summary tables, one empty column between (column O onwards), this many columns wide. */
const CHART_COLUMNS = 8;
/** At least this many rows tall; one more row per group beyond it. */
const MIN_CHART_ROWS = 14;
/** Bar and font colours of the ledger's blue. */
const BAR_COLOR = "#2F5597";

/**
 * After the summary sheet is written: one native bar chart per summary table (按牵头单位, 按类别) of the groups'
 * 平均完成率, read from the sheet's own cells (completionRanges), placed right of the tables one under the other,
 * the value axis from 0% to 100%. A sheet with no table gets no chart. One sync, at the end. ExcelApi 1.7
 * (setXAxisValues); the number format of the axis is set where ExcelApi 1.8 is present.
 * @example await Excel.run((context) => addCompletionCharts(context, summaryLayout(evaluations, { asOf: "2007-10-31" })))
 */
export async function addCompletionCharts(context: Excel.RequestContext, layout: SheetLayout): Promise<number> {
  const tables = completionRanges(layout).filter((range) => range.names !== null);
  if (tables.length === 0) return 0;
  const sheet = context.workbook.worksheets.getItem(layout.name);
  const firstColumn = layout.columnWidths.length + 1;
  let nextFreeRow = 0;
  tables.forEach((table, index) => {
    const names = table.names ?? table.ratios;
    const rows = table.ratios.bottom - table.ratios.top + 1;
    const values = sheet.getRangeByIndexes(table.ratios.top, table.ratios.left, rows, 1);
    const chart = sheet.charts.add("BarClustered", values, "Columns");
    chart.name = `${COMPLETION_CHART_PREFIX}${index + 1}`;
    chart.title.text = `${table.title} · ${String(layout.values[table.ratios.top - 1]?.[table.ratios.left] ?? "")}`;
    chart.legend.visible = false;
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(sheet.getRangeByIndexes(names.top, names.left, rows, 1));
    series.format.fill.setSolidColor(BAR_COLOR);
    series.hasDataLabels = true;
    const valueAxis = chart.axes.valueAxis;
    valueAxis.minimum = 0;
    valueAxis.maximum = 1;
    if (supports("1.8")) valueAxis.numberFormat = "0%";
    // Bars read top-down in the table's order.
    chart.axes.categoryAxis.reversePlotOrder = true;
    const top = Math.max(table.ratios.top - 1, nextFreeRow);
    const height = Math.max(MIN_CHART_ROWS, rows + 4);
    chart.setPosition(cellAddress(top, firstColumn), cellAddress(top + height - 1, firstColumn + CHART_COLUMNS - 1));
    nextFreeRow = top + height + 1;
  });
  await context.sync();
  return tables.length;
}

function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Whether the running Excel has an ExcelApi requirement set (false outside Office, as in tests without it). */
function supports(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
