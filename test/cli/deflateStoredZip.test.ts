import ExcelJS from "exceljs";
import JSZip from "jszip";
import { deflateStoredZip } from "../../src/cli/deflateStoredZip";
import { ledgerLayout } from "../../src/domain/ledger/ledgerLayout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/excelJsWorkbook";
import { AS_OF, sampleEvaluations } from "../domain/ledger/evaluationFixtures";

/** A workbook as `build` writes one: a clerk's sheet with Chinese text and a formula, and the ledger. */
async function ledgerWorkbook(): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const clerk = workbook.addWorksheet("分工方案");
  clerk.addRow(["序号", "工作任务", "牵头单位"]);
  clerk.addRow([1, "耕地保有量保持在553万公顷", "省国土资源厅"]);
  clerk.getCell("D2").value = { formula: "A2*2", result: 2 };
  const port = new ExcelJsWorkbook(workbook, "分工方案.xlsx");
  await port.writeSheet(ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout);
  return port;
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const contents = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) contents.set(name, Buffer.from(await entry.async("uint8array")).toString("base64"));
  return contents;
}

describe("deflateStoredZip", () => {
  it("compresses every part of a package written uncompressed, keeping each part's bytes", async () => {
    const port = await ledgerWorkbook();
    const stored = await port.toBytes({ stored: true });
    const deflated = deflateStoredZip(stored);
    expect(deflated.length).toBeLessThan(stored.length / 2);
    // JSZip checks every part's CRC-32 against its content as it unpacks.
    const zip = await JSZip.loadAsync(deflated, { checkCRC32: true });
    expect(Object.values(zip.files).filter((entry) => !entry.dir).length).toBeGreaterThan(5);
    expect(await parts(deflated)).toEqual(await parts(stored));
    // The same bytes as a view into a larger buffer (as Node's Buffers often are), left as they were.
    const copy = Uint8Array.from(stored);
    const view = Buffer.concat([Buffer.alloc(7), Buffer.from(stored)]).subarray(7);
    expect(Buffer.from(deflateStoredZip(view)).equals(Buffer.from(deflated))).toBe(true);
    expect(Buffer.from(view).equals(Buffer.from(copy))).toBe(true);
  });

  it("gives a workbook Excel's reader opens with the same cells as ExcelJS's own compression", async () => {
    const port = await ledgerWorkbook();
    const reread = async (bytes: Uint8Array): Promise<unknown[][]> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      return workbook.worksheets.map((worksheet) => [worksheet.name, worksheet.getSheetValues()]);
    };
    const ours = await reread(deflateStoredZip(await port.toBytes({ stored: true })));
    expect(ours).toEqual(await reread(await port.toBytes()));
    expect(JSON.stringify(ours)).toContain("耕地保有量保持在553万公顷");
  });

  it("leaves bytes it does not recognise as a package of stored parts unchanged", async () => {
    const port = await ledgerWorkbook();
    const compressed = await port.toBytes();
    const again = deflateStoredZip(compressed);
    // Already deflated: rewritten part by part, each part kept as it was.
    expect(await parts(again)).toEqual(await parts(compressed));
    const notZip = new TextEncoder().encode("序号,工作任务\n1,耕地保有量");
    expect(deflateStoredZip(notZip)).toBe(notZip);
    const truncated = compressed.subarray(0, compressed.length - 30);
    expect(deflateStoredZip(truncated)).toBe(truncated);
    const commented = new Uint8Array(compressed.length + 3);
    commented.set(compressed);
    new DataView(commented.buffer).setUint16(compressed.length - 2, 3, true);
    expect(deflateStoredZip(commented)).toBe(commented);
  });
});
