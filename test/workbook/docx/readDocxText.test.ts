import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { readDocxText } from "../../../src/workbook/docx/readDocxText";
import { importDivisionText } from "../../../src/domain/import/importDivisionText";
import { DIVISION_2011_FILE, DIVISION_2011_TASKS } from "../../fixtures/division2011";

const DOCUMENT = readFileSync(join(__dirname, "..", "..", "..", "..", "shared", "domain", DIVISION_2011_FILE), "utf8");

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal .docx: one <w:p> per line of the text (an empty line is an empty paragraph). */
async function docxOf(lines: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      "</Relationships>",
  );
  const paragraphs = lines
    .map((line) => (line === "" ? "<w:p/>" : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`))
    .join("");
  zip.file(
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("readDocxText", () => {
  it("reads the paragraphs of a .docx in order", async () => {
    const bytes = await docxOf(["（一）约束性指标。", "耕地保有量保持在553万公顷。（省国土资源厅牵头）"]);
    const text = await readDocxText(bytes);
    expect(text.split("\n").filter((line) => line !== "")).toEqual(["（一）约束性指标。", "耕地保有量保持在553万公顷。（省国土资源厅牵头）"]);
  });

  it("accepts an ArrayBuffer as a browser's File.arrayBuffer() gives it", async () => {
    const bytes = await docxOf(["全省总人口控制在2787万人以内。（省人口计生委牵头）"]);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readDocxText(arrayBuffer)).trim()).toBe("全省总人口控制在2787万人以内。（省人口计生委牵头）");
  });

  it("gives the same tasks for a .docx made from 003 as for its text", async () => {
    const lines = DOCUMENT.replace(/\r\n?/g, "\n").split("\n").filter((line) => line.trim() !== "");
    const fromDocx = importDivisionText(await readDocxText(await docxOf(lines)), { file: "分工方案.docx" });
    const fromText = importDivisionText(DOCUMENT, { file: DIVISION_2011_FILE });
    if (!fromDocx.ok || !fromText.ok) throw new Error("import failed");
    const shape = (tasks: typeof fromText.value.tasks) =>
      tasks.map((task) => ({ title: task.title, category: task.category, leads: task.leads, supporting: task.supporting, responsibility: task.responsibility }));
    expect(fromDocx.value.tasks).toHaveLength(DIVISION_2011_TASKS.length);
    expect(shape(fromDocx.value.tasks)).toEqual(shape(fromText.value.tasks));
    expect(fromDocx.value.tasks[0].source).toEqual({ file: "分工方案.docx", line: expect.any(Number) });
  });

  it("rejects a file that is not a .docx with a message saying what to do", async () => {
    const notDocx = new TextEncoder().encode("这不是Word文档");
    await expect(readDocxText(notDocx)).rejects.toThrow(/\.docx/);
  });
});
