import { readFile, writeFile, copyFile, stat } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runImportText as runImportTextCommand } from "../../src/cli/commands/importText";
import { captureIO } from "./captureIO";
import { openWorkbookFile } from "../../src/workbook/exceljs/openWorkbookFile";
import { readTaskTable } from "../../src/domain/table/readTaskTable";
import { checkTaskTable } from "../../src/domain/check/checkTaskTable";
import { DIVISION_2011_FILE, DIVISION_2011_TASKS, DIVISION_2011_TASK_COUNT } from "../fixtures/division2011";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const runImportText = keepingInputs(runImportTextCommand);

const DOCUMENT_PATH = join(__dirname, "..", "..", "..", "shared", "domain", DIVISION_2011_FILE);

interface ImportReport {
  tasks: { id: string; title: string; category: string; leads: string[]; supporting: string[]; responsibility: string; deadline: string | null; source: { file?: string; line: number } }[];
  problems: { code: string; severity: string; line?: number; message: string }[];
}

async function docxOf(lines: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

describe("progress-ledger import-text on the division document 003", () => {
  let folder: string;
  let exitCode: number;
  let io: ReturnType<typeof captureIO>;
  let report: ImportReport;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    folder = temporaryFolder("import-text-");
    io = captureIO();
    exitCode = await runImportText([DOCUMENT_PATH, "--out", join(folder, "任务表.xlsx"), "--json", join(folder, "import.json")], io);
    report = JSON.parse(await readFile(join(folder, "import.json"), "utf8")) as ImportReport;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "任务表.xlsx"));
    sheet = workbook.getWorksheet("任务分解表") as ExcelJS.Worksheet;
  });

  it("exits 0: the document's only problems are warnings and notes", () => {
    expect(io.stderr).toEqual([]);
    expect(exitCode).toBe(0);
    expect(io.stdout).toContainEqual(expect.stringMatching(/^003_034b2e02c2085044\.txt:44 {2}warning {2}unplaced-text {2}第44行“耕地保有量/));
    expect(io.stdout).toContainEqual(expect.stringContaining(`导入任务${DIVISION_2011_TASK_COUNT}项（按职责分工4项，分别牵头0项）`));
  });

  it("writes the report with every task's leads, kind and source line", () => {
    expect(report.tasks).toHaveLength(DIVISION_2011_TASK_COUNT);
    expect(report.tasks[0]).toEqual({
      id: "一-1",
      number: "",
      section: ["二", "一"],
      title: "耕地保有量保持在553万公顷。",
      category: "（一）约束性指标",
      leads: ["省国土资源厅"],
      supporting: [],
      responsibility: "lead",
      deadline: null,
      leaders: [],
      inferred: [],
      source: { file: DIVISION_2011_FILE, line: 20 },
    });
    const byLine = report.tasks.map((task) => [task.source.line, task.leads, task.responsibility]);
    expect(byLine).toEqual(DIVISION_2011_TASKS.map((task) => [task.line, task.leads, task.kind]));
    expect(report.problems.map((problem) => [problem.code, problem.severity, problem.line])).toContainEqual(["unplaced-text", "warning", 44]);
  });

  it("writes the task table sheet: header, a row per task, frozen header and autofilter", () => {
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["序号", "类别", "工作任务", "年度目标", "牵头单位", "配合单位", "完成时限", "责任方式", "原文"]);
    expect(sheet.rowCount).toBe(DIVISION_2011_TASK_COUNT + 1);
    expect(sheet.getCell("C2").value).toBe("耕地保有量保持在553万公顷。");
    expect(sheet.getCell("E14").value).toBe("省发展改革委");
    expect(sheet.getCell("H3").value).toBe("按职责分工");
    expect(sheet.getCell("E3").value).toBe("省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅按职责分工负责");
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it("writes a sheet the task-table reader reads back with the fixture's leads, supporting departments, kinds and categories", async () => {
    const opened = await openWorkbookFile(join(folder, "任务表.xlsx"));
    if (!opened.ok) throw new Error("cannot open the written workbook");
    const read = readTaskTable(await opened.value.readSheet("任务分解表"));
    if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join("\n"));
    const mismatches = DIVISION_2011_TASKS.flatMap((expected, index) => {
      const task = read.value.tasks[index];
      const got = JSON.stringify([task?.leads, task?.supporting, task?.responsibility, task?.category]);
      const want = JSON.stringify([expected.leads, expected.supporting, expected.kind, expected.category]);
      return got === want ? [] : [`row ${index + 2} (line ${expected.line}, “${expected.titleStart}”): got ${got}, want ${want}`];
    });
    expect(read.value.tasks).toHaveLength(DIVISION_2011_TASK_COUNT);
    expect(mismatches).toEqual([]);
  });

  it("writes a sheet the check accepts with only the document's real problems: its four 按职责分工负责 tasks", async () => {
    const opened = await openWorkbookFile(join(folder, "任务表.xlsx"));
    if (!opened.ok) throw new Error("cannot open the written workbook");
    const checked = checkTaskTable(await opened.value.readAllSheets());
    if (!checked.ok) throw new Error(checked.problems.map((problem) => problem.message).join("\n"));
    expect(checked.value.tasks).toHaveLength(DIVISION_2011_TASK_COUNT);
    // Row of each joint task: the header is row 1, task i (0-based) is row i + 2; the 牵头单位 column is E.
    const jointRows = DIVISION_2011_TASKS.flatMap((task, index) => (task.kind === "joint" ? [`E${index + 2}`] : []));
    expect(jointRows).toHaveLength(4);
    expect(checked.problems.map((problem) => [problem.code, problem.severity, problem.cell])).toEqual(
      jointRows.map((cell) => ["joint-responsibility", "warning", cell]),
    );
  });

  it("refuses to overwrite the --out file without --force (exit 2), and replaces it with --force", async () => {
    const out = join(folder, "任务表.xlsx");
    const before = (await stat(out)).mtimeMs;
    const refused = captureIO();
    expect(await runImportText([DOCUMENT_PATH, "--out", out], refused)).toBe(2);
    expect(refused.stderr.join("\n")).toContain("--force");
    expect((await stat(out)).mtimeMs).toBe(before);
    expect(await runImportText([DOCUMENT_PATH, "--out", out, "--force"], captureIO())).toBe(0);
  });

  it("imports a .docx made from the same text with the same tasks", async () => {
    const text = await readFile(DOCUMENT_PATH, "utf8");
    const docx = join(folder, "分工方案.docx");
    await writeFile(docx, await docxOf(text.split(/\r?\n/).filter((line) => line.trim() !== "")));
    const json = join(folder, "docx.json");
    expect(await runImportText([docx, "--out", join(folder, "docx.xlsx"), "--json", json], captureIO())).toBe(0);
    const fromDocx = JSON.parse(await readFile(json, "utf8")) as ImportReport;
    const shape = (tasks: ImportReport["tasks"]) => tasks.map(({ title, category, leads, supporting, responsibility }) => ({ title, category, leads, supporting, responsibility }));
    expect(shape(fromDocx.tasks)).toEqual(shape(report.tasks));
  });

  it("reads a GB18030 .txt as Chinese Windows saves it", async () => {
    const gbk = join(folder, "gbk.txt");
    // “（一）约束性指标\n\n耕地保有量保持在553\n万公顷。（省国土资源厅牵头）” in GB18030 (with a stray line break).
    const bytes = Buffer.from(
      "a3a8d2bba3a9d4bccaf8d0d4d6b8b1ea0a0ab8fbb5d8b1a3d3d0c1bfb1a3b3d6d4da3535330acdf2b9abc7eaa1a3a3a8caa1b9facdc1d7cad4b4ccfcc7a3cdb7a3a9",
      "hex",
    );
    await writeFile(gbk, bytes);
    const json = join(folder, "gbk.json");
    await runImportText([gbk, "--out", join(folder, "gbk.xlsx"), "--json", json], captureIO());
    const fromGbk = JSON.parse(await readFile(json, "utf8")) as ImportReport;
    expect(fromGbk.tasks.map((task) => task.leads)).toEqual([["省国土资源厅"]]);
  });

  it("exits 2 with a message for a missing file, a missing --out, an old .doc and a text without tasks", async () => {
    const missing = captureIO();
    expect(await runImportText([join(folder, "没有.txt"), "--out", join(folder, "a.xlsx")], missing)).toBe(2);
    expect(missing.stderr.join("")).toContain("找不到文件");
    const noOut = captureIO();
    expect(await runImportText([DOCUMENT_PATH], noOut)).toBe(2);
    expect(noOut.stderr.join("")).toContain("--out");
    const doc = join(folder, "旧.doc");
    await copyFile(DOCUMENT_PATH, doc);
    const old = captureIO("en");
    expect(await runImportText([doc, "--out", join(folder, "b.xlsx")], old)).toBe(2);
    expect(old.stderr.join("")).toContain("save it as .docx");
    const empty = join(folder, "原则.txt");
    await writeFile(empty, "一、分工原则\n\n推动《纲要》顺利实施，主要依靠发挥市场配置资源的基础性作用。\n");
    const none = captureIO();
    expect(await runImportText([empty, "--out", join(folder, "c.xlsx")], none)).toBe(2);
    expect(none.stderr.join("\n")).toContain("no-tasks");
  });
});
