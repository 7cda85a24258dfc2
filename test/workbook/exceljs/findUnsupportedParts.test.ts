import ExcelJS from "exceljs";
import JSZip from "jszip";
import { findUnsupportedParts } from "../../../src/workbook/exceljs/findUnsupportedParts";
import { measureXlsxSheets } from "../../../src/workbook/exceljs/measureXlsxSheets";
import { openWorkbookBytes } from "../../../src/workbook/exceljs/openWorkbookBytes";
import { readXlsxPackage } from "../../../src/workbook/exceljs/readXlsxPackage";

const PNG = Uint8Array.from(Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082", "hex"));

async function workbookBytes(withPicture: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务分解表");
  sheet.addRow(["序号", "工作任务", "牵头单位"]);
  sheet.addRow(["1", "耕地保有量保持在553万公顷", "省国土资源厅"]);
  sheet.mergeCells("A4:C5");
  if (withPicture) sheet.addImage(workbook.addImage({ buffer: Buffer.from(PNG) as unknown as ExcelJS.Buffer, extension: "png" }), "E2:F4");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function withParts(bytes: Uint8Array, parts: Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array" });
}

describe("findUnsupportedParts", () => {
  it("finds nothing in a workbook ExcelJS wrote, pictures included (ExcelJS keeps them)", async () => {
    const pkg = await readXlsxPackage(await workbookBytes(true));
    if (pkg === null) throw new Error("no package");
    expect(await findUnsupportedParts(pkg)).toEqual([]);
  });

  it("names charts, pivot tables, macros, external links, threaded comments and shapes", async () => {
    const bytes = await withParts(await workbookBytes(false), {
      "xl/charts/chart1.xml": "<c:chartSpace/>",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
      "xl/vbaProject.bin": "VBA",
      "xl/externalLinks/externalLink1.xml": "<externalLink/>",
      "xl/threadedComments/threadedComment1.xml": "<ThreadedComments/>",
      "xl/drawings/drawing7.xml": '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp/></xdr:twoCellAnchor></xdr:wsDr>',
    });
    const pkg = await readXlsxPackage(bytes);
    if (pkg === null) throw new Error("no package");
    const found = await findUnsupportedParts(pkg);
    expect(found.map((part) => part.kind).sort()).toEqual(["chart", "external-link", "macro", "pivot-table", "shape", "threaded-comment"]);
    expect(found.find((part) => part.kind === "pivot-table")?.zh).toBe("数据透视表");
  });

  it("is what an opened workbook says it would lose", async () => {
    const opened = await openWorkbookBytes(await withParts(await workbookBytes(false), { "xl/slicers/slicer1.xml": "<slicers/>" }), "任务.xlsx");
    if (!opened.ok) throw new Error("not opened");
    expect(opened.value.unsupportedParts.map((part) => part.kind)).toEqual(["slicer"]);
  });
});

describe("measureXlsxSheets", () => {
  it("counts rows, cells and merged cells by sheet name, before ExcelJS reads anything", async () => {
    const pkg = await readXlsxPackage(await workbookBytes(false));
    if (pkg === null) throw new Error("no package");
    const [measure, ...others] = await measureXlsxSheets(pkg);
    expect(others).toEqual([]);
    expect(measure).toMatchObject({ sheet: "任务分解表", rows: 4, mergedCells: 6, largestMerge: "A4:C5" });
    expect(measure.cells).toBeGreaterThanOrEqual(6);
  });
});

describe("measureXlsxSheets on sheets written by other programs", () => {
  const SHEET_PATH = "xl/worksheets/sheet1.xml";
  const measureWith = async (sheetXml: string) => {
    const pkg = await readXlsxPackage(await withParts(await workbookBytes(false), { [SHEET_PATH]: sheetXml }));
    if (pkg === null) throw new Error("no package");
    return (await measureXlsxSheets(pkg))[0];
  };

  it("counts <c>, <c …> and <c/> cells and their rows, never <col> or <cols>", async () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="3" width="9"/></cols><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1"/><c>\n</c></row><row\nr="2"><c\tr="A2"><v>1</v></c></row><row r="3"/>' +
      "</sheetData></worksheet>";
    expect(await measureWith(xml)).toMatchObject({ rows: 3, cells: 4, mergedCells: 0 });
  });

  it("counts cells and rows written with a namespace prefix (<x:row>, <x:c>)", async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row><x:row r="2"><x:c r="A2"/></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A3:B4"/></x:mergeCells></x:worksheet>';
    expect(await measureWith(xml)).toMatchObject({ rows: 2, cells: 3, mergedCells: 4, largestMerge: "A3:B4" });
  });
});
