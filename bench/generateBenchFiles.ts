/*
 * The benchmark's input as files: benchScenario's task workbook and departmental progress workbooks written as .xlsx
 * with ExcelJS (merges included), as a department's clerk would send them.
 */
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { benchScenario, type BenchWorkbook } from "./benchScenario";

export interface BenchFiles {
  folder: string;
  taskWorkbook: string;
  /** The folder holding the progress files (what `build --progress` is given). */
  progressFolder: string;
  progressFiles: string[];
  departments: string[];
}

async function writeWorkbook(folder: string, bench: BenchWorkbook): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of bench.sheets) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.rows.forEach((row, index) => {
      if (row.length > 0) sheet.getRow(index + 1).values = row.map((value) => value ?? undefined) as ExcelJS.CellValue[];
    });
    for (const range of grid.merges ?? []) sheet.mergeCells(range.top + 1, range.left + 1, range.bottom + 1, range.right + 1);
  }
  const path = join(folder, bench.file);
  await mkdir(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
  return path;
}

/**
 * Write the benchmark's task workbook and progress files into `folder` (created when missing).
 * @example const files = await generateBenchFiles("/tmp/bench", 5000, 60, 100); files.progressFiles.length // 60
 */
export async function generateBenchFiles(folder: string, taskCount = 5000, fileCount = 60, rowsPerFile = 100): Promise<BenchFiles> {
  const scenario = benchScenario(taskCount, fileCount, rowsPerFile);
  const taskWorkbook = await writeWorkbook(folder, scenario.taskWorkbook);
  const progressFiles: string[] = [];
  for (const progress of scenario.progressWorkbooks) progressFiles.push(await writeWorkbook(folder, progress));
  return { folder, taskWorkbook, progressFolder: join(folder, "progress"), progressFiles, departments: scenario.departments };
}
