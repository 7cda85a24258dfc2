import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { temporaryFolders } from "../temporaryFolders";
import { findRow, headerColumn } from "./ledgerSheetCells";
import { regenerateAfterEdit, SAMPLE } from "./regenerateAfterEdit";

const temporaryFolder = temporaryFolders();

describe("regenerating the ledger month by month keeps the clerk's work (examples/工业项目年2007.xlsx)", () => {
  let november: ExcelJS.Workbook;
  const note = "=请省发展改革委11月5日前说明园区投资滞后原因";

  beforeAll(async () => {
    november = await regenerateAfterEdit(temporaryFolder("regenerate-"), (ledger) => {
      // The clerk types a note (starting with "=", as clerks do) and adds a column of their own.
      const headerRow = 2;
      const remarkCol = headerColumn(ledger, headerRow, "备注");
      const titleCol = headerColumn(ledger, headerRow, "工作任务");
      const parkRow = findRow(ledger, titleCol, "组织推动特色产业园区50个");
      expect(parkRow).toBeGreaterThan(headerRow);
      ledger.getCell(parkRow, remarkCol).value = note;
      // The first free column the clerk sees (the ledger's own hidden check-code column comes before it).
      const clerkCol = ledger.getRow(headerRow).cellCount + 1;
      expect(clerkCol).toBeGreaterThan(remarkCol);
      ledger.getCell(headerRow, clerkCol).value = "督办人";
      ledger.getCell(parkRow, clerkCol).value = "张科长";
    });
  });

  it("writes November's ledger beside October's, which stays as it was", () => {
    const names = november.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["台账 2007-10", "台账 2007-11", "重点工作任务分解表", "部门名录"]));
  });

  it("keeps the note (as text, not a formula), the clerk's column and October's progress column", () => {
    const ledger = november.getWorksheet("台账 2007-11");
    if (!ledger) throw new Error("no November ledger");
    const headerRow = 2;
    const titleCol = headerColumn(ledger, headerRow, "工作任务");
    const parkRow = findRow(ledger, titleCol, "组织推动特色产业园区50个");
    const remark = ledger.getCell(parkRow, headerColumn(ledger, headerRow, "备注")).value;
    expect(remark).toBe(note);
    expect(ledger.getCell(parkRow, headerColumn(ledger, headerRow, "督办人")).value).toBe("张科长");
    const octoberColumn = headerColumn(ledger, headerRow, "1-10月推进情况");
    const novemberColumn = headerColumn(ledger, headerRow, "1-11月推进情况");
    expect(octoberColumn).toBeLessThan(novemberColumn);
    expect(String(ledger.getCell(parkRow, octoberColumn).value)).toContain("1,395,000万元");
  });

  it("never changes the source sheets", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await readFile(SAMPLE)) as unknown as ArrayBuffer);
    const source = original.getWorksheet("重点工作任务分解表");
    const copy = november.getWorksheet("重点工作任务分解表");
    if (!source || !copy) throw new Error("task sheet missing");
    const values = (sheet: ExcelJS.Worksheet) => {
      const rows: unknown[] = [];
      sheet.eachRow((row) => rows.push(row.values));
      return rows;
    };
    expect(values(copy)).toEqual(values(source));
  });
});
