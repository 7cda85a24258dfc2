import ExcelJS from "exceljs";
import type { SheetLayout } from "../../../src/domain/layout";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { summaryLayout } from "../../../src/domain/summary/summaryLayout";
import { detectLedgerEdits } from "../../../src/domain/ledger/detectLedgerEdits";
import { writeSheetLayout } from "../../../src/workbook/exceljs/writeSheetLayout";
import { readWorksheetGrid } from "../../../src/workbook/exceljs/readWorksheetGrid";
import { AS_OF, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";

const INJECTIONS = ['=HYPERLINK("http://x","点击")', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"];

async function roundTrip(...layouts: SheetLayout[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  for (const layout of layouts) writeSheetLayout(workbook.addWorksheet(layout.name), layout);
  const buffer = await workbook.xlsx.writeBuffer();
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(buffer as ArrayBuffer);
  return reloaded;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("writeSheetLayout (ExcelJS)", () => {
  it("writes strings that look like formulas as plain text cells, never formulas", async () => {
    const layout: SheetLayout = { name: "注入", values: [["进展情况"], ...INJECTIONS.map((text) => [text])], columnWidths: [30], merges: [], styles: [] };
    const worksheet = sheet(await roundTrip(layout), "注入");
    INJECTIONS.forEach((text, index) => {
      expect(worksheet.getCell(index + 2, 1).type).toBe(ExcelJS.ValueType.String);
      expect(worksheet.getCell(index + 2, 1).value).toBe(text);
      expect(worksheet.getCell(index + 2, 1).formula).toBeUndefined();
      expect(worksheet.getCell(index + 2, 1).numFmt).toBe("@");
    });
  });

  it("writes numbers as numbers with their formats, and the ledger's status cells filled with the word in them", async () => {
    const { layout } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });
    const worksheet = sheet(await roundTrip(layout), "台账 2009-10");
    expect(worksheet.getCell("A1").value).toBe("重点工作任务推进情况台账（截至2009年10月31日）");
    expect(worksheet.getCell("H2").value).toBe("1-10月推进情况");
    // Task 7 (row 9): ratio 44.6%, expected 83.3%, gap −38.7 points, 逾期 in red.
    expect(worksheet.getCell("J9").type).toBe(ExcelJS.ValueType.Number);
    expect(worksheet.getCell("J9").value).toBeCloseTo(0.446);
    expect(worksheet.getCell("J9").numFmt).toBe("0.0%");
    expect(worksheet.getCell("K9").numFmt).toBe("0.0%");
    expect(worksheet.getCell("L9").numFmt).toBe("+0.0;-0.0;0.0");
    expect(worksheet.getCell("I9").value).toBe(126.6);
    expect(worksheet.getCell("I9").numFmt).toBe('General"亿元"');
    expect(worksheet.getCell("M9").value).toBe("逾期");
    expect(worksheet.getCell("M9").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(worksheet.getCell("M9").font?.color?.argb).toBe("FF9C0006");
    expect(worksheet.getCell("M9").font?.bold).toBe(true);
    // The row tint of a lagging task, and the border of every data cell.
    expect(worksheet.getCell("C9").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFDECEE" } });
    expect(worksheet.getCell("C2").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } });
    expect((worksheet.getCell("C3").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
    expect(worksheet.getCell("C3").border?.top?.style).toBe("thin");
    expect(worksheet.getCell("C3").alignment?.wrapText).toBe(true);
    // The department's injection string in the progress column stays text.
    expect(worksheet.getCell("H8").type).toBe(ExcelJS.ValueType.String);
    expect(worksheet.getCell("H8").value).toBe('=HYPERLINK("http://x","点击")');
  });

  it("opens only the input cells of a protected sheet, even where locked cells share their style", async () => {
    // One style run over the whole row: the input cell shares its style with the locked ones beside it.
    const layout: SheetLayout = {
      name: "填报",
      values: [["序号", "工作任务", "进展情况"], ["1", "耕地保有量保持在553万公顷", null]],
      columnWidths: [6, 30, 30],
      merges: [],
      styles: [{ range: { top: 1, left: 0, bottom: 1, right: 2 }, style: { wrap: true, border: true } }],
      protection: { unlocked: [{ top: 1, left: 2, bottom: 1, right: 2 }] },
    };
    const worksheet = sheet(await roundTrip(layout), "填报");
    const locked = (address: string): boolean => worksheet.getCell(address).protection?.locked !== false;
    expect([locked("A2"), locked("B2"), locked("C2")]).toEqual([true, true, false]);
    expect(worksheet.getCell("B2").alignment?.wrapText).toBe(true);
    expect(worksheet.getCell("C2").alignment?.wrapText).toBe(true);
  });

  it("writes widths, hidden check code, merges, frozen header, autofilter and row heights", async () => {
    const { layout } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });
    const worksheet = sheet(await roundTrip(layout), "台账 2009-10");
    expect(worksheet.getColumn(3).width).toBe(36);
    expect(worksheet.getColumn(15).hidden).toBe(true);
    expect(worksheet.getColumn(14).hidden).toBe(false);
    expect(worksheet.getCell("N1").isMerged).toBe(true);
    expect(worksheet.getCell("N1").master.address).toBe("A1");
    expect(worksheet.getCell("O1").isMerged).toBe(false);
    expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 0, topLeftCell: "A3" });
    expect(worksheet.autoFilter).toBe("A2:O10");
    expect(worksheet.getRow(1).height).toBe(32);
    expect(worksheet.getRow(3).height).toBe(layout.rowHeights?.[2]);
  });

  it("sets up printing: A4 landscape, one page wide, title rows repeated, page numbers in the footer", async () => {
    const { layout } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });
    const worksheet = sheet(await roundTrip(layout), "台账 2009-10");
    expect(worksheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
    expect(worksheet.headerFooter.oddFooter).toBe("&C第 &P 页 共 &N 页");
  });

  it("writes the summary with its merged paragraph", async () => {
    const layout = summaryLayout(sampleEvaluations(), { asOf: AS_OF });
    const worksheet = sheet(await roundTrip(layout), "通报汇总 2009-10");
    expect(String(worksheet.getCell("A2").value)).toMatch(/^截至10月末，列入本次通报的量化指标任务共7项/);
    expect(worksheet.getCell("M2").master.address).toBe("A2");
    expect(worksheet.getCell("A2").alignment?.wrapText).toBe(true);
  });

  it("survives a round trip: the clerk's notes in the saved ledger come back in next month's ledger, and hand edits are detected", async () => {
    const { layout } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });
    const first = await roundTrip(layout);
    const october = sheet(first, "台账 2009-10");
    october.getCell("N5").value = "已约谈分管负责同志";
    october.getCell("I9").value = 130;
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await first.xlsx.writeBuffer()) as ArrayBuffer);
    const grid = readWorksheetGrid(sheet(saved, "台账 2009-10"), "台账.xlsx");

    const november = ledgerLayout(sampleEvaluations(), { asOf: "2009-11-30", previous: grid });
    expect(november.keptRows).toBe(8);
    expect(november.orphanedRows).toBe(0);
    expect(november.layout.values[4][november.layout.values[1].indexOf("备注")]).toBe("已约谈分管负责同志");
    expect(november.layout.values[1].slice(7, 9)).toEqual(["1-10月推进情况", "1-11月推进情况"]);

    const sameMonth = ledgerLayout(sampleEvaluations(), { asOf: AS_OF, previous: grid });
    expect(detectLedgerEdits(grid, sameMonth)).toEqual([expect.objectContaining({ cell: "I9", header: "完成值", previous: "130", next: "126.6" })]);
  });
});
