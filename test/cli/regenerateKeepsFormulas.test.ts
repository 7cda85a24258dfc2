import ExcelJS from "exceljs";
import { join } from "node:path";
import { runBuild as runBuildCommand } from "../../src/cli/commands/build";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { findRow, headerColumn } from "./ledgerSheetCells";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const runBuild = keepingInputs(runBuildCommand);

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "examples", "工业项目年2007.xlsx");
const PROGRESS = join(ROOT, "examples", "progress");

describe("a regenerated ledger keeps the dates and formulas of the clerk's own columns (examples/工业项目年2007.xlsx)", () => {
  let november: ExcelJS.Worksheet;
  const dueDate = new Date(Date.UTC(2007, 10, 5));

  beforeAll(async () => {
    const folder = temporaryFolder("keep-formulas-");
    const october = join(folder, "10月.xlsx");
    expect(await runBuild([SAMPLE, "--progress", PROGRESS, "--as-of", "2007-10-31", "--out", october], captureIO())).toBe(0);
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(october);
    const ledger = edited.getWorksheet("台账 2007-10");
    if (!ledger) throw new Error("no October ledger");
    const titleCol = headerColumn(ledger, 2, "工作任务");
    const parkRow = findRow(ledger, titleCol, "组织推动特色产业园区50个");
    const first = ledger.getRow(2).cellCount + 1;
    ledger.getCell(2, first).value = "督办日期";
    ledger.getCell(parkRow, first).value = dueDate;
    ledger.getCell(parkRow, first).numFmt = "yyyy年m月d日";
    ledger.getCell(2, first + 1).value = "督办次数";
    ledger.getCell(parkRow, first + 1).value = { formula: "1+2", result: 3 };
    const editedPath = join(folder, "10月-已批注.xlsx");
    await edited.xlsx.writeFile(editedPath);
    const novemberPath = join(folder, "11月.xlsx");
    expect([0, 1]).toContain(await runBuild([editedPath, "--progress", PROGRESS, "--as-of", "2007-11-30", "--out", novemberPath], captureIO()));
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(novemberPath);
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
