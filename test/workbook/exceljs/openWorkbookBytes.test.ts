import ExcelJS from "exceljs";
import { openWorkbookBytes } from "../../../src/workbook/exceljs/openWorkbookBytes";

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("openWorkbookBytes", () => {
  it("reads values, merges and rich text as a clerk sees them, keeping only the master of a merge", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("分工方案");
      sheet.mergeCells("A1:D1");
      sheet.getCell("A1").value = "吉林省“十二五”规划纲要主要目标和任务分工";
      sheet.getRow(3).values = ["序号", "工作任务", "责任单位"];
      sheet.getCell("A4").value = 1;
      sheet.getCell("B4").value = { richText: [{ text: "耕地保有量保持在" }, { text: "553万公顷。" }] };
      sheet.getCell("C4").value = "省国土资源厅牵头";
      sheet.getCell("D4").value = { formula: "1+1", result: 2 };
      sheet.getCell("E4").value = new Date(Date.UTC(2011, 11, 31));
    });
    const opened = await openWorkbookBytes(bytes, "分工方案.xlsx");
    if (!opened.ok) throw new Error(opened.problems[0].message);
    const grid = await opened.value.readSheet("分工方案");
    expect(grid.rows[0]).toEqual(["吉林省“十二五”规划纲要主要目标和任务分工"]);
    expect(grid.rows[1]).toEqual([]);
    expect(grid.rows[3]).toEqual([1, "耕地保有量保持在553万公顷。", "省国土资源厅牵头", 2, new Date(Date.UTC(2011, 11, 31))]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(grid.file).toBe("分工方案.xlsx");
    expect(await opened.value.listSheets()).toEqual(["分工方案"]);
  });

  it("opens a GBK CSV as one sheet named after the file", async () => {
    const gbkHeader = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xc7, 0xa3, 0xcd, 0xb7, 0xb5, 0xa5, 0xce, 0xbb, 0x0a]); // 序号,牵头单位\n
    const opened = await openWorkbookBytes(gbkHeader, "进展/省环保局.csv");
    if (!opened.ok) throw new Error(opened.problems[0].message);
    expect(await opened.value.listSheets()).toEqual(["省环保局"]);
    expect((await opened.value.readSheet("省环保局")).rows[0]).toEqual(["序号", "牵头单位"]);
  });

  it("says what to do with an old .xls file and with a file that is not a workbook", async () => {
    const xls = await openWorkbookBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "旧台账.xls");
    expect(xls.ok).toBe(false);
    expect(xls.problems[0]).toMatchObject({ code: "unreadable-file", severity: "error", file: "旧台账.xls" });
    expect(xls.problems[0].message).toContain("另存为");
    const text = await openWorkbookBytes(new TextEncoder().encode("not a workbook"), "a.xlsx");
    expect(text.ok).toBe(false);
    expect(text.problems[0].message).toContain("不是 .xlsx");
  });

  it("keeps settings in a very hidden sheet that round-trips through the file", async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet("任务"));
    const opened = await openWorkbookBytes(bytes, "a.xlsx");
    if (!opened.ok) throw new Error("open failed");
    await opened.value.writeSettings({ laggingBadlyGap: 20, ledgerSheetName: "台账 {period}" });
    const reopened = await openWorkbookBytes(await opened.value.toBytes(), "a.xlsx");
    if (!reopened.ok) throw new Error("reopen failed");
    expect(await reopened.value.readSettings()).toEqual({ laggingBadlyGap: 20, ledgerSheetName: "台账 {period}" });
    expect(await reopened.value.listSheets()).toEqual(["任务"]);
  });
});

describe("ExcelJsWorkbook.writeSheet", () => {
  const layout = (name: string) => ({ name, values: [["序号", "工作任务"], ["1", "=HYPERLINK(\"http://x\",\"点击\")"]], columnWidths: [6, 30], merges: [], styles: [] });

  it("never replaces a sheet it did not write (a task table) unless told to, and leaves it intact", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("分工方案");
      sheet.getRow(1).values = ["序号", "工作任务", "责任单位"];
      sheet.getRow(2).values = [1, "耕地保有量保持在553万公顷。", "省国土资源厅牵头"];
    });
    const opened = await openWorkbookBytes(bytes, "a.xlsx");
    if (!opened.ok) throw new Error("open failed");
    await expect(opened.value.writeSheet(layout("分工方案"))).rejects.toThrow("分工方案");
    expect((await opened.value.readSheet("分工方案")).rows[1]).toEqual([1, "耕地保有量保持在553万公顷。", "省国土资源厅牵头"]);
    await opened.value.writeSheet(layout("分工方案"), { overwrite: true });
    expect((await opened.value.readSheet("分工方案")).rows[1]).toEqual(["1", '=HYPERLINK("http://x","点击")']);
  });

  it("writes a new sheet beside the others", async () => {
    const opened = await openWorkbookBytes(await workbookBytes((workbook) => workbook.addWorksheet("任务")), "a.xlsx");
    if (!opened.ok) throw new Error("open failed");
    await opened.value.writeSheet(layout("任务分解表"));
    expect(await opened.value.listSheets()).toEqual(["任务", "任务分解表"]);
  });
});
