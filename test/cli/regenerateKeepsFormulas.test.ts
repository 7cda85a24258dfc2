import type ExcelJS from "exceljs";
import { temporaryFolders } from "../temporaryFolders";
import { findRow, headerColumn } from "./ledgerSheetCells";
import { regenerateAfterEdit } from "./regenerateAfterEdit";

const temporaryFolder = temporaryFolders();

describe("a regenerated ledger keeps the dates and formulas of the clerk's own columns (examples/工业项目年2007.xlsx)", () => {
  let november: ExcelJS.Worksheet;
  const dueDate = new Date(Date.UTC(2007, 10, 5));

  beforeAll(async () => {
    const written = await regenerateAfterEdit(temporaryFolder("keep-formulas-"), (ledger) => {
      const titleCol = headerColumn(ledger, 2, "工作任务");
      const parkRow = findRow(ledger, titleCol, "组织推动特色产业园区50个");
      const first = ledger.getRow(2).cellCount + 1;
      ledger.getCell(2, first).value = "督办日期";
      ledger.getCell(parkRow, first).value = dueDate;
      ledger.getCell(parkRow, first).numFmt = "yyyy年m月d日";
      ledger.getCell(2, first + 1).value = "督办次数";
      ledger.getCell(parkRow, first + 1).value = { formula: "1+2", result: 3 };
    });
    const sheet = written.getWorksheet("台账 2007-11");
    if (!sheet) throw new Error("no November ledger");
    november = sheet;
  }, 60_000);

  it("keeps the date as a date, with the clerk's format", () => {
    const row = findRow(november, headerColumn(november, 2, "工作任务"), "组织推动特色产业园区50个");
    const { value, numFmt } = november.getCell(row, headerColumn(november, 2, "督办日期"));
    expect(value).toEqual(dueDate);
    expect(numFmt).toBe("yyyy年m月d日");
  });

  it("keeps the formula as a formula", () => {
    const row = findRow(november, headerColumn(november, 2, "工作任务"), "组织推动特色产业园区50个");
    const { formula } = november.getCell(row, headerColumn(november, 2, "督办次数"));
    expect(formula).toBe("1+2");
  });
});
