import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { readXlsxPackage } from "../../../src/workbook/exceljs/readXlsxPackage";

/** A department's progress workbook: a sheet of Chinese text and a second, empty one. */
async function progressWorkbook(compression: "DEFLATE" | "STORE"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("省发展改革委");
  sheet.addRow(["序号", "工作任务", "进展情况"]);
  for (let row = 1; row <= 200; row++) sheet.addRow([row, `第${row}项重点工程建设`, `1-10月完成投资${row}.5亿元，完成年计划的${row % 100}%`]);
  workbook.addWorksheet("说明");
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression } }));
}

describe("readXlsxPackage", () => {
  const platform = (compressed: Uint8Array, limit: number): Uint8Array => inflateRawSync(compressed, { maxOutputLength: limit });

  it.each(["DEFLATE", "STORE"] as const)("unpacks %s parts with the platform's decoder to the same text as JSZip", async (compression) => {
    const bytes = await progressWorkbook(compression);
    const decoded: number[] = [];
    const counting = (compressed: Uint8Array, limit: number): Uint8Array => {
      decoded.push(limit);
      return platform(compressed, limit);
    };
    const withPlatform = await readXlsxPackage(bytes, { inflateRaw: counting });
    const withJsZip = await readXlsxPackage(bytes);
    if (withPlatform === null || withJsZip === null) throw new Error("not a package");
    expect(withPlatform.sheets).toEqual([{ name: "省发展改革委", path: "xl/worksheets/sheet1.xml" }, { name: "说明", path: "xl/worksheets/sheet2.xml" }]);
    for (const path of withJsZip.paths) expect(await withPlatform.text(path)).toBe(await withJsZip.text(path));
    expect(await withPlatform.text("xl/sharedStrings.xml")).toContain("1-10月完成投资200.5亿元");
    expect(await withPlatform.text("xl/worksheets/sheet1.xml")).toContain('<c r="A201"');
    // Deflated parts go through the decoder (the workbook part and its relations are read at opening); stored ones need none.
    if (compression === "DEFLATE") expect(decoded.length).toBeGreaterThan(2);
    else expect(decoded).toEqual([]);
  });

  it("lets JSZip unpack a part the decoder refuses (a part larger than it says it is)", async () => {
    const bytes = await progressWorkbook("DEFLATE");
    const refusing = (): Uint8Array => {
      throw new RangeError("Cannot create a Buffer larger than the limit");
    };
    const pkg = await readXlsxPackage(bytes, { inflateRaw: refusing });
    expect(await pkg?.text("xl/sharedStrings.xml")).toContain("第200项重点工程建设");
    const short = await readXlsxPackage(bytes, { inflateRaw: (compressed, limit) => platform(compressed, limit).subarray(0, 10) });
    expect(await short?.text("xl/sharedStrings.xml")).toContain("第200项重点工程建设");
  });
});
