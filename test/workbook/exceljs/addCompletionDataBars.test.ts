import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { summaryLayout } from "../../../src/domain/summary/summaryLayout";
import { summaryGroups } from "../../../src/domain/summary/summaryGroups";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/excelJsWorkbook";
import { addCompletionDataBars } from "../../../src/workbook/exceljs/addCompletionDataBars";
import { AS_OF, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";

describe("addCompletionDataBars (ExcelJS)", () => {
  const evaluations = sampleEvaluations();

  it("bars the summary's 平均完成率 of each table, from 0 to 100%, not its 合计 rows", () => {
    const layout = summaryLayout(evaluations, { asOf: AS_OF });
    const worksheet = new ExcelJS.Workbook().addWorksheet(layout.name);
    const refs = addCompletionDataBars(worksheet, layout);
    const departments = summaryGroups(evaluations, "department").length;
    const headerRow = layout.values.findIndex((row) => row.includes("平均完成率"));
    const letter = String.fromCharCode(65 + layout.values[headerRow].indexOf("平均完成率"));
    expect(refs[0]).toBe(`${letter}${headerRow + 2}:${letter}${headerRow + 1 + departments}`);
    expect(refs).toHaveLength(2);
    for (const ref of refs) {
      const last = Number(/\d+$/.exec(ref)?.[0]);
      expect(layout.values[last - 1][0]).not.toBe("合计");
      expect(layout.values[last][0]).toBe("合计");
    }
  });

  it("bars the ledger's 完成率 column and leaves a task table alone", () => {
    const { layout } = ledgerLayout(evaluations, { asOf: AS_OF });
    const col = layout.values[1].indexOf("完成率");
    const refs = addCompletionDataBars(new ExcelJS.Workbook().addWorksheet("台账"), layout);
    const letter = String.fromCharCode(65 + col);
    expect(refs).toEqual([`${letter}3:${letter}${(layout.autoFilter?.bottom ?? 0) + 1}`]);
    expect(addCompletionDataBars(new ExcelJS.Workbook().addWorksheet("任务"), { ...layout, kind: "task-table" })).toEqual([]);
  });

  it("is in the file the workbook writes, as a data bar rule Excel reads", async () => {
    const workbook = new ExcelJsWorkbook(new ExcelJS.Workbook(), "台账.xlsx");
    await workbook.writeSheet(summaryLayout(evaluations, { asOf: AS_OF }));
    const zip = await JSZip.loadAsync(await workbook.toBytes());
    const sheet = await zip.file("xl/worksheets/sheet1.xml")?.async("string");
    expect(sheet).toMatch(/<conditionalFormatting sqref="([A-Z])\d+:\1\d+">\s*<cfRule type="dataBar"/);
    expect(sheet).toContain('<cfvo type="num" val="1"/>');
    expect(sheet).toContain('rgb="FF5B9BD5"');
  });
});
