import ExcelJS from "exceljs";
import { parseCsv } from "../../../src/domain/csv/parseCsv";
import { checkWorkbook } from "../../../src/app/checkWorkbook";
import { CsvWorkbook } from "../../../src/workbook/exceljs/csvWorkbook";
import { openWorkbookBytes } from "../../../src/workbook/exceljs/openWorkbookBytes";
import { readWorksheetGrid } from "../../../src/workbook/exceljs/readWorksheetGrid";

const loadExcelJs = jest.fn();
jest.mock("../../../src/workbook/exceljs/loadExcelJs", () => {
  const actual = jest.requireActual("../../../src/workbook/exceljs/loadExcelJs");
  return { loadExcelJs: () => (loadExcelJs(), actual.loadExcelJs()) };
});

// A department's 进展 as some send it: a title line, a blank line, the header, rows with empty cells and trailing commas.
const CSV = [
  "省发展改革委重点工作进展情况表,,,,",
  "",
  "序号,工作任务,1-10月完成情况,完成值,填报单位",
  "4,工业大项目计划总投资798亿元，当年计划投资,1-10月完成投资241.4亿元,241.4,省发展改革委",
  "5,,=SUM(A1),,",
  ",,,,",
  '7,"组织推动特色产业园区50个，总投资1600亿元",进展顺利,,省发展改革委',
  ",,,,",
].join("\r\n");

describe("CsvWorkbook", () => {
  beforeEach(() => loadExcelJs.mockClear());

  it("reads the same grid ExcelJS reads from the same rows, without loading ExcelJS", async () => {
    const rows = parseCsv(CSV);
    const csv = new CsvWorkbook(rows, "省发展改革委进展.csv", "省发展改革委进展");
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("省发展改革委进展");
    for (const row of rows) worksheet.addRow(row);
    expect(await csv.readSheet("省发展改革委进展")).toEqual(readWorksheetGrid(worksheet, "省发展改革委进展.csv"));
    expect(await csv.listSheets()).toEqual(["省发展改革委进展"]);
    expect((await csv.readAllSheets())[0].rows[4]).toEqual(["5", null, "=SUM(A1)"]);
    await expect(csv.readSheet("Sheet2")).rejects.toMatchObject({ problem: { code: "missing-sheet" } });
    expect(loadExcelJs).not.toHaveBeenCalled();
  });

  it("becomes an .xlsx with its sheet and what was written when saved", async () => {
    const csv = new CsvWorkbook(parseCsv(CSV), "进展.csv", "进展");
    await csv.writeSettings({ laggingBadlyGap: 20 });
    expect(loadExcelJs).toHaveBeenCalledTimes(1);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await csv.toBytes()) as unknown as ArrayBuffer);
    expect(saved.getWorksheet("进展")?.getCell("B4").value).toBe("工业大项目计划总投资798亿元，当年计划投资");
    expect(await csv.readSettings()).toEqual({ laggingBadlyGap: 20 });
    expect(loadExcelJs).toHaveBeenCalledTimes(1);
  });

  it("lets check read a task table from a .csv without loading ExcelJS", async () => {
    const table = ["序号,工作任务,牵头单位,配合单位,完成时限", "1,耕地保有量保持在553万公顷。,省国土资源厅,,2011年12月底", "2,非化石能源占一次能源消费比重达到9.8％。,,省能源局,2011年12月底"].join("\n");
    const opened = await openWorkbookBytes(new TextEncoder().encode(table), "分工方案.csv");
    if (!opened.ok) throw new Error(opened.problems[0].message);
    const checked = await checkWorkbook(opened.value);
    expect(checked.ok && checked.value.tasks.map((task) => task.id)).toEqual(["1", "2"]);
    expect(checked.problems.map((problem) => [problem.code, problem.cell])).toContainEqual(["missing-lead", "C3"]);
    expect(loadExcelJs).not.toHaveBeenCalled();
  });
});
