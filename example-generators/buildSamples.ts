/**
 * Regenerates the bundled sample workbooks in examples/ (`npm run samples`). The files are committed;
 * this script documents exactly how they were made from the real documents (see docs/RULES.md#sources).
 */
import { mkdir, writeFile, copyFile, access } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AS_OF, PROGRESS, ROSTER, ROSTER_SHEET, SECTIONS, TASK_SHEET } from "./industrialYear2007";
import { writeDivision2011 } from "./division2011Workbook";
import { faultsWorkbook } from "./faultsWorkbook";

const SAMPLE_DIR = join(__dirname, "..", "..", "examples");

async function writeIndustrialYear(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TASK_SHEET);
  sheet.mergeCells("A1:H1");
  sheet.getCell("A1").value = "2007年“工业项目年”活动重点工作任务分解表";
  sheet.getCell("A1").font = { bold: true, size: 16 };
  sheet.getCell("A1").alignment = { horizontal: "center" };
  sheet.getCell("H2").value = "印发日期：2007年2月2日";
  const header = ["序号", "工作任务", "年度目标", "责任单位", "", "完成时限", "分管领导", "备注"];
  header.forEach((text, index) => {
    if (text) sheet.getCell(3, index + 1).value = text;
  });
  sheet.getCell("D4").value = "牵头单位";
  sheet.getCell("E4").value = "配合单位";
  for (const column of ["A", "B", "C", "F", "G", "H"]) sheet.mergeCells(`${column}3:${column}4`);
  sheet.mergeCells("D3:E3");
  let row = 5;
  for (const section of SECTIONS) {
    sheet.mergeCells(`A${row}:H${row}`);
    sheet.getCell(`A${row}`).value = section.heading;
    sheet.getCell(`A${row}`).font = { bold: true };
    row++;
    for (const task of section.tasks) {
      sheet.getRow(row).values = [task.id, task.title, task.target, task.lead, task.supporting, task.deadline, task.leader, ""];
      row++;
    }
  }
  sheet.columns.forEach((column, index) => {
    column.width = [6, 40, 22, 14, 22, 16, 10, 12][index];
  });
  const roster = workbook.addWorksheet(ROSTER_SHEET);
  roster.addRow(["单位名称", "简称"]);
  for (const [name, shortNames] of ROSTER) roster.addRow([name, shortNames]);
  roster.getColumn(1).width = 20;
  roster.getColumn(2).width = 36;

  await mkdir(join(SAMPLE_DIR, "progress"), { recursive: true });
  for (const progress of PROGRESS) {
    if (progress.file?.endsWith(".csv")) {
      const lines = [progress.header, ...progress.rows].map((cells) => cells.map((cell) => csvField(String(cell))).join(","));
      await writeFile(join(SAMPLE_DIR, "progress", progress.file), "\ufeff" + lines.join("\r\n") + "\r\n", "utf8");
      continue;
    }
    const target = progress.file ? new ExcelJS.Workbook() : workbook;
    const progressSheet = target.addWorksheet(progress.name);
    let progressRow = 1;
    if (progress.title) {
      progressSheet.mergeCells(1, 1, 1, progress.header.length);
      progressSheet.getCell(1, 1).value = progress.title;
      progressSheet.getCell(1, 1).font = { bold: true, size: 14 };
      progressRow = 3;
    }
    progressSheet.getRow(progressRow).values = progress.header;
    for (const cells of progress.rows) progressSheet.getRow(++progressRow).values = cells;
    progressSheet.getColumn(2).width = 36;
    progressSheet.getColumn(3).width = 50;
    if (progress.file) await target.xlsx.writeFile(join(SAMPLE_DIR, "progress", progress.file));
  }
  await workbook.xlsx.writeFile(join(SAMPLE_DIR, "工业项目年2007.xlsx"));
  process.stdout.write(`examples/工业项目年2007.xlsx (as of ${AS_OF}) and examples/progress/ written\n`);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function main(): Promise<void> {
  await mkdir(SAMPLE_DIR, { recursive: true });
  await writeIndustrialYear();
  await writeDivision2011(SAMPLE_DIR);
  await (await faultsWorkbook()).xlsx.writeFile(join(__dirname, "..", "..", "test", "fixtures", "sample-faults.xlsx"));
  const documentPath = join(__dirname, "..", "..", "..", "shared", "domain", "003_034b2e02c2085044.txt");
  try {
    await access(documentPath);
    await copyFile(documentPath, join(SAMPLE_DIR, "分工方案2011.txt"));
  } catch {
    process.stdout.write("../shared/domain/003_034b2e02c2085044.txt not found: examples/分工方案2011.txt kept as it is\n");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error) + "\n");
  process.exitCode = 1;
});
