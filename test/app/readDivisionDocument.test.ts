import { readDivisionDocument } from "../../src/app/readDivisionDocument";

const LINE = "耕地保有量保持在553万公顷。（省国土资源厅牵头）";

describe("readDivisionDocument", () => {
  it("decodes a .txt, refuses an old .doc and a PDF with what to do, and a broken .docx with the reason", async () => {
    expect(await readDivisionDocument("分工.txt", new TextEncoder().encode(LINE))).toEqual({ text: LINE, problems: [] });
    const doc = await readDivisionDocument("分工.doc", new Uint8Array(8));
    expect([doc.text, doc.problems[0].code, doc.problems[0].messageEn]).toEqual([null, "unreadable-file", `"分工.doc" is an old Word (.doc) or WPS document; save it as .docx and import that.`]);
    expect((await readDivisionDocument("分工.pdf", new Uint8Array(8))).problems[0].message).toContain(".txt");
    const broken = await readDivisionDocument("分工.docx", new Uint8Array([1, 2, 3, 4]));
    expect(broken.text).toBeNull();
    expect(broken.problems[0].message).toMatch(/^文件“分工\.docx”无法读取 Word 文档/);
  });

  it("reads another extension as text only when asked (the command line), else refuses it (the pane)", async () => {
    const bytes = new TextEncoder().encode(LINE);
    expect((await readDivisionDocument("分工.md", bytes, { anyAsText: true })).text).toBe(LINE);
    expect((await readDivisionDocument("分工.md", bytes)).problems[0].message).toContain("不是 .txt 或 .docx 文件");
  });
});
