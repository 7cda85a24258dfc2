import { writeSheet } from "../../../src/workbook/office/writeSheet";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import type { SheetLayout } from "../../../src/domain/layout";
import type { TaskStatus } from "../../../src/domain/evaluation";
import { AS_OF, evaluation, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";
import { strictExcel, type StrictExcel, type StrictExcelOptions } from "./strictExcelFake";

const INJECTIONS = ['=HYPERLINK("http://x","点击")', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"];
const NAME = "台账 2009-10";

function tasks(count: number, statusOf: (index: number) => TaskStatus = () => "lagging", report?: (index: number) => string, title?: (index: number) => string) {
  return Array.from({ length: count }, (_, i) =>
    evaluation({
      id: String(i + 1),
      title: title ? title(i) : `城镇保障性安居工程建设（第${i + 1}项）`,
      report: report ? report(i) : INJECTIONS[i % INJECTIONS.length],
      ratio: 0.5,
      status: statusOf(i),
    }),
  );
}

function ledgerOf(count: number, statusOf?: (index: number) => TaskStatus, report?: (index: number) => string, title?: (index: number) => string): SheetLayout {
  return ledgerLayout(tasks(count, statusOf, report, title), { asOf: AS_OF }).layout;
}

/** A workbook holding a task table, and optionally last run's ledger (which the product wrote) in the middle. */
function workbook(options: StrictExcelOptions = {}, oldLedger: SheetLayout | null = null): StrictExcel {
  const excel = strictExcel(options);
  excel.workbook.addSheet("分工方案", { rows: [["序号", "工作任务", "牵头单位"], [1, "耕地保有量保持在553万公顷", "省国土资源厅"]] });
  if (oldLedger) excel.workbook.addSheet(NAME, { rows: oldLedger.values.map((row) => [...row]) });
  excel.workbook.addSheet("部门名录", { rows: [["单位名称"], ["省国土资源厅"]] });
  return excel;
}

/** Write through the strict fake as the pane does: one Excel.run. */
async function write(excel: StrictExcel, layout: SheetLayout, options = {}) {
  return excel.run((context) => writeSheet(context, layout, options));
}

/** The row of the written ledger whose 工作任务 cell holds `title`, -1 when none. */
function rowOf(excel: StrictExcel, title: string): number {
  return excel.workbook.find(NAME)!.rows.findIndex((row) => row?.[2] === title);
}

/** Formatting calls on the written sheet (fills, fonts, borders…), not values, widths or print layout. */
function styleCalls(excel: StrictExcel): number {
  const id = excel.workbook.find(NAME)?.id;
  return excel.workbook.formatLog.filter((record) => record.sheetId === id && /^format\.(fill|font|borders|horizontal|vertical|wrap)/.test(record.path)).length;
}

describe("writeSheet (Office.js, strict fake)", () => {
  it("writes the values as text, with '@' only where Excel would convert the string", async () => {
    const excel = workbook();
    const layout = ledgerOf(10);
    await write(excel, layout);
    const sheet = excel.workbook.find(NAME)!;
    INJECTIONS.forEach((text, i) => {
      expect(sheet.cell(2 + i, 7)).toBe(text);
      expect(sheet.format(2 + i, 7)).toBe("@");
    });
    // A long title would show as ##### under "@" in desktop Excel: it stays General.
    const first = rowOf(excel, "城镇保障性安居工程建设（第1项）");
    expect(first).toBeGreaterThan(1);
    expect(sheet.format(first, 2)).toBe("General");
    // A date written as text ("2009年12月31日") would become a date serial: "@" keeps it as written.
    expect(sheet.format(first, 6)).toBe("@");
    expect(sheet.format(2, 9)).toBe("0.0%");
    expect(sheet.cell(2, 9)).toBe(0.5);
    expect(sheet.frozenRows).toBe(2);
    expect(excel.workbook.names).toEqual(["分工方案", "部门名录", NAME]);
  });

  it("replaces a ledger the product wrote, in its tab position, leaving no temporary sheet", async () => {
    const excel = workbook({}, ledgerOf(3));
    await write(excel, ledgerOf(5), { productSheets: [NAME] });
    expect(excel.workbook.names).toEqual(["分工方案", NAME, "部门名录"]);
    expect(excel.workbook.find(NAME)!.rows.filter((row) => row?.some((cell) => cell !== null)).length).toBeGreaterThan(6);
  });

  it("replaces atomically: whichever sync fails, the old ledger keeps its name, place and content and no temporary sheet remains", async () => {
    const old = ledgerOf(3);
    const probe = workbook({}, old);
    await write(probe, ledgerOf(5), { productSheets: [NAME] });
    const syncs = probe.syncs.length;
    expect(syncs).toBeGreaterThanOrEqual(4);
    for (let at = 2; at <= syncs - 1; at++) {
      const excel = workbook({ failSync: { at, code: "GeneralException" } }, old);
      const before = JSON.stringify(excel.workbook.find(NAME)!.rows);
      await expect(write(excel, ledgerOf(5), { productSheets: [NAME] })).rejects.toMatchObject({ code: "GeneralException" });
      expect({ at, names: excel.workbook.names }).toEqual({ at, names: ["分工方案", NAME, "部门名录"] });
      expect(JSON.stringify(excel.workbook.find(NAME)!.rows)).toBe(before);
    }
  });

  it("a name Excel refuses (/, over 31 characters) fails before anything is left behind", async () => {
    const excel = workbook();
    await expect(write(excel, { ...ledgerOf(3), name: "台账 2009/10" })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(excel, { ...ledgerOf(3), name: "督查台账".repeat(8) })).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.workbook.names).toEqual(["分工方案", "部门名录"]);
  });

  it("keeps every request under 5 MB measured in UTF-8, where Chinese text is 3 bytes a character", async () => {
    const excel = workbook();
    // 2,500 tasks whose titles and progress reports run to 300 and 400 Chinese characters (as the State Council's
    // division tables and the departments' reports do): about 8 MB of UTF-8, though `length * 2` counts only 5.5 MB.
    const title = (i: number) => `${"加快推进城镇保障性安居工程建设，完善住房保障体系".repeat(12)}（第${i + 1}项）`;
    const layout = ledgerOf(2500, undefined, (i) => `${"全省保障性安居工程建设进展顺利，已开工建设各类保障性住房".repeat(14)}${i}`, title);
    await write(excel, layout);
    expect(excel.syncs.every((sync) => sync.failed === undefined && sync.requestBytes <= 5_000_000)).toBe(true);
    expect(rowOf(excel, title(2499))).toBeGreaterThan(2500);
  });

  it("formats one RangeAreas per distinct style: calls do not grow with runs of statuses", async () => {
    const statuses: TaskStatus[] = ["lagging", "on-schedule"];
    const calls = async (runLength: number) => {
      const excel = workbook();
      await write(excel, ledgerOf(1000, (i) => statuses[Math.floor(i / runLength) % 2]));
      return styleCalls(excel);
    };
    const tenRuns = await calls(100);
    const fortyRuns = await calls(25);
    expect(tenRuns).toBeGreaterThan(0);
    expect(fortyRuns).toBe(tenRuns);
  });

  it("fits to one page wide with a documented page count, in a sync of its own; a refusal there keeps the sheet and warns", async () => {
    const excel = workbook();
    expect(await write(excel, ledgerOf(10))).toEqual([]);
    const zoom = excel.workbook.formatLog.find((record) => record.path === "pageLayout.zoom")?.value as Excel.PageLayoutZoomOptions;
    expect(zoom.horizontalFitToPages).toBe(1);
    expect(zoom.verticalFitToPages).toBeGreaterThanOrEqual(12);
    const syncs = excel.syncs.length;
    const refused = workbook({ failSync: { at: syncs, code: "GeneralException" } });
    const warnings = await write(refused, ledgerOf(10));
    expect(refused.workbook.names).toEqual(["分工方案", "部门名录", NAME]);
    expect(warnings).toEqual([expect.objectContaining({ code: "print-layout-not-set", severity: "warning", message: expect.stringContaining("适合一页宽") })]);
  });

  it("where Excel lacks ExcelApi 1.9, writes without page layout, filter and RangeAreas instead of failing", async () => {
    const excel = workbook({ apiVersion: "1.8" });
    await write(excel, ledgerOf(10), { pageLayout: false });
    expect(rowOf(excel, "城镇保障性安居工程建设（第1项）")).toBeGreaterThan(1);
    expect(excel.syncs.every((sync) => sync.failed === undefined)).toBe(true);
    expect(styleCalls(excel)).toBeGreaterThan(0);
  });

  it("refuses to overwrite a sheet the product did not write (a task table under the same name)", async () => {
    const excel = strictExcel();
    excel.workbook.addSheet(NAME, { rows: [["序号", "工作任务", "牵头单位"], ["1", "耕地保有量保持在553万公顷", "省国土资源厅"]] });
    await expect(write(excel, ledgerOf(5))).rejects.toMatchObject({ code: "foreign-sheet", message: expect.stringContaining("不是本产品生成") });
    expect(excel.workbook.names).toEqual([NAME]);
    expect(excel.workbook.sheets[0].cell(1, 1)).toBe("耕地保有量保持在553万公顷");
    await write(excel, ledgerOf(5), { overwrite: true });
    expect(excel.workbook.names).toEqual([NAME]);
    expect(rowOf(excel, "城镇保障性安居工程建设（第1项）")).toBeGreaterThan(1);
  });

  it("writes the sample ledger's status fills and borders", async () => {
    const excel = workbook();
    await write(excel, ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout);
    const fills = excel.workbook.formatLog.filter((record) => record.path === "format.fill.color").map((record) => record.value);
    expect(fills).toEqual(expect.arrayContaining(["#C6EFCE", "#FFEB9C", "#DDEBF7", "#D9D9D9", "#FFC7CE", "#FDECEE", "#FFF8E1"]));
    const borders = excel.workbook.formatLog.filter((record) => /^format\.borders\.getItem\(\w+\)\.style$/.test(record.path)).map((record) => record.path);
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"]) expect(borders).toContain(`format.borders.getItem(${edge}).style`);
  });
});
