import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { readXlsxPackage } from "../../../src/workbook/exceljs/readXlsxPackage";
import { readZipDirectory } from "../../../src/workbook/exceljs/readZipDirectory";

const ROOT = join(__dirname, "../../..");
/** The workbooks the product ships with or is tested on, as Excel and WPS wrote them. */
const WORKBOOKS = ["examples/分工方案2011.xlsx", "examples/工业项目年2007.xlsx", "examples/progress/省发展改革委-1至10月进展.xlsx", "test/fixtures/sample-faults.xlsx"];
const platform = (compressed: Uint8Array, limit: number): Uint8Array => inflateRawSync(compressed, { maxOutputLength: limit });

describe("readZipDirectory", () => {
  it.each(WORKBOOKS)("lists the parts of %s with the sizes JSZip reads, and the package reads the same through it", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
    const directory = readZipDirectory(bytes);
    const zip = await JSZip.loadAsync(bytes);
    expect(directory).not.toBeNull();
    expect([...(directory?.keys() ?? [])].sort()).toEqual(Object.keys(zip.files).sort());
    for (const [name, part] of directory ?? []) {
      if (zip.files[name].dir) continue;
      expect(part.size).toBe((zip.files[name] as unknown as { _data: { uncompressedSize: number } })._data.uncompressedSize);
    }
    const inPlace = await readXlsxPackage(bytes, { inflateRaw: platform });
    const byJsZip = await readXlsxPackage(bytes);
    expect(inPlace?.sheets).toEqual(byJsZip?.sheets);
    expect(inPlace?.paths).toEqual(byJsZip?.paths);
    for (const path of byJsZip?.paths ?? []) {
      expect(await inPlace?.text(path)).toBe(await byJsZip?.text(path));
      expect(inPlace?.declaredSize(path)).toBe(byJsZip?.declaredSize(path));
    }
  });

  it("reads a package with a comment and one whose sizes follow the data; refuses a cut or foreign one", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("[Content_Types].xml", "<Types/>".repeat(50));
    const commented = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "由WPS表格生成" });
    expect([...(readZipDirectory(commented)?.keys() ?? [])]).toEqual(["xl/", "xl/workbook.xml", "[Content_Types].xml"]);
    const streamed = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", streamFiles: true });
    const part = readZipDirectory(streamed)?.get("[Content_Types].xml");
    expect(part?.size).toBe(400);
    expect(new TextDecoder().decode(platform(streamed.subarray(part?.dataStart ?? 0, (part?.dataStart ?? 0) + (part?.compressedSize ?? 0)), 400))).toBe("<Types/>".repeat(50));
    expect(readZipDirectory(commented.subarray(0, commented.length - 40))).toBeNull();
    expect(readZipDirectory(new TextEncoder().encode("序号,工作任务\n1,耕地保有量"))).toBeNull();
    expect(readZipDirectory(new Uint8Array(0))).toBeNull();
  });
});
