import { addCompletionCharts, COMPLETION_CHART_PREFIX } from "../../../src/workbook/office/addCompletionCharts";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { summaryGroups } from "../../../src/domain/summary/summaryGroups";
import { summaryLayout } from "../../../src/domain/summary/summaryLayout";
import { AS_OF, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";
import { recordingExcel as fakeExcel } from "./recordingExcel";

const SHEET = "context.workbook.worksheets.getItem()";
const CHART = `${SHEET}.charts.add()`;

describe("addCompletionCharts (Office.js)", () => {
  const evaluations = sampleEvaluations();
  const summary = summaryLayout(evaluations, { asOf: AS_OF });

  it("adds one bar chart per summary table over the sheet's own 平均完成率 cells, in one sync", async () => {
    const excel = fakeExcel();
    expect(await addCompletionCharts(excel.context, summary)).toBe(2);
    expect(excel.syncs()).toBe(1);
    const getItem = excel.ops.find((op) => op.path === "context.workbook.worksheets.getItem");
    expect(getItem?.args).toEqual([summary.name]);
    const adds = excel.ops.filter((op) => op.path === `${SHEET}.charts.add`);
    expect(adds.map((op) => op.args?.slice(0, 1).concat(op.args?.slice(2)))).toEqual([["BarClustered", "Columns"], ["BarClustered", "Columns"]]);
    const names = excel.ops.filter((op) => op.kind === "set" && op.path === `${CHART}.name`).map((op) => op.value);
    expect(names).toEqual([`${COMPLETION_CHART_PREFIX}1`, `${COMPLETION_CHART_PREFIX}2`]);
    const titles = excel.ops.filter((op) => op.path === `${CHART}.title.text`).map((op) => op.value);
    expect(titles).toEqual(["一、按牵头单位 · 平均完成率", "二、按类别 · 平均完成率"]);
  });

  it("charts the department rows: values from the 平均完成率 column, names from column A", async () => {
    const excel = fakeExcel();
    await addCompletionCharts(excel.context, summary);
    const departments = summaryGroups(evaluations, "department").length;
    const ranges = excel.ops.filter((op) => op.path === `${SHEET}.getRangeByIndexes`).map((op) => op.args);
    const averageCol = summary.values.findIndex((row) => row.includes("平均完成率"));
    const headerRow = summary.values[averageCol];
    const col = headerRow.indexOf("平均完成率");
    expect(ranges[0]).toEqual([averageCol + 1, col, departments, 1]);
    expect(ranges[1]).toEqual([averageCol + 1, 0, departments, 1]);
    expect(summary.values[averageCol + 1 + departments][0]).toBe("合计");
  });

  it("sets the axis from 0 to 100%, no legend, and places the charts right of the tables without overlap", async () => {
    const excel = fakeExcel();
    await addCompletionCharts(excel.context, summary);
    const set = (suffix: string): unknown[] => excel.ops.filter((op) => op.kind === "set" && op.path === `${CHART}${suffix}`).map((op) => op.value);
    expect(set(".axes.valueAxis.minimum")).toEqual([0, 0]);
    expect(set(".axes.valueAxis.maximum")).toEqual([1, 1]);
    expect(set(".legend.visible")).toEqual([false, false]);
    const positions = excel.ops.filter((op) => op.path === `${CHART}.setPosition`).map((op) => op.args as string[]);
    expect(positions).toHaveLength(2);
    const row = (address: string): number => Number(/\d+$/.exec(address)?.[0]);
    const column = (address: string): string => /^[A-Z]+/.exec(address)?.[0] ?? "";
    // One empty column right of the tables.
    const firstFree = String.fromCharCode(65 + summary.columnWidths.length + 1);
    for (const [from] of positions) expect(column(from)).toBe(firstFree);
    expect(row(positions[1][0])).toBeGreaterThan(row(positions[0][1]));
  });

  it("adds nothing to a ledger or a sheet without a summary table", async () => {
    const excel = fakeExcel();
    expect(await addCompletionCharts(excel.context, ledgerLayout(evaluations, { asOf: AS_OF }).layout)).toBe(0);
    expect(excel.ops).toEqual([]);
    expect(excel.syncs()).toBe(0);
  });
});
