/**
 * examples/分工方案2011.xlsx: the task table of the real 2011 division document (examples/分工方案2011.txt),
 * as an office would keep it — a title row, a header row, section rows for the headings, and per task
 * 序号 | 工作任务 (the paragraph's text) | 责任单位 (the bracket's text, verbatim, with its note
 * “列第一位者为牵头部门，下同”) | 完成时限 (the plan's end, 2015年底). The task list and the responsibility texts
 * come from test/fixtures/division2011.ts, written by reading the document; the task texts from the document.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DIVISION_2011_TASKS } from "../test/fixtures/division2011";

export const DIVISION_SHEET = "分工方案";

/**
 * The text of each task of the fixture, taken from its line of the document: what stands before its bracket
 * (after the previous bracket, when a paragraph holds two tasks).
 * @example (await divisionTaskTexts(text))[0] // "耕地保有量保持在553万公顷。"
 */
export function divisionTaskTexts(documentText: string): string[] {
  const lines = documentText.split(/\r?\n/);
  const consumed = new Map<number, number>();
  return DIVISION_2011_TASKS.map((task) => {
    const line = lines[task.line - 1] ?? "";
    const from = consumed.get(task.line) ?? 0;
    const bracket = line.indexOf(task.responsibilityText, from);
    if (bracket < 0) throw new Error(`line ${task.line}: responsibility text not found: ${task.responsibilityText}`);
    const open = Math.max(line.lastIndexOf("（", bracket), line.lastIndexOf("(", bracket));
    consumed.set(task.line, bracket + task.responsibilityText.length + 1);
    return line.slice(from, open).replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
  });
}

/**
 * Write examples/分工方案2011.xlsx.
 * @example await writeDivision2011("examples")
 */
export async function writeDivision2011(sampleDir: string): Promise<void> {
  const documentText = await readFile(join(sampleDir, "..", "..", "shared", "domain", "003_034b2e02c2085044.txt"), "utf8").catch(() =>
    readFile(join(sampleDir, "分工方案2011.txt"), "utf8"),
  );
  const texts = divisionTaskTexts(documentText);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(DIVISION_SHEET);
  sheet.mergeCells("A1:E1");
  sheet.getCell("A1").value = "《吉林省国民经济和社会发展第十二个五年规划纲要》主要目标和任务分工";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getRow(2).values = ["序号", "工作任务", "责任单位", "完成时限", "备注"];
  sheet.getRow(2).font = { bold: true };
  let row = 3;
  let previousHeadings: string[] = [];
  DIVISION_2011_TASKS.forEach((task, index) => {
    const headings = task.category.split(" / ");
    headings.forEach((heading, level) => {
      if (previousHeadings[level] === heading && previousHeadings.slice(0, level).join() === headings.slice(0, level).join()) return;
      sheet.mergeCells(`A${row}:E${row}`);
      sheet.getCell(`A${row}`).value = heading;
      sheet.getCell(`A${row}`).font = { bold: true };
      row++;
    });
    previousHeadings = headings;
    sheet.getRow(row).values = [index + 1, texts[index], task.responsibilityText, "2015年底", ""];
    sheet.getRow(row).alignment = { wrapText: true, vertical: "top" };
    row++;
  });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 70;
  sheet.getColumn(3).width = 40;
  sheet.getColumn(4).width = 12;
  sheet.getColumn(5).width = 12;
  await workbook.xlsx.writeFile(join(sampleDir, "分工方案2011.xlsx"));
  process.stdout.write(`examples/分工方案2011.xlsx: ${DIVISION_2011_TASKS.length} tasks\n`);
}
