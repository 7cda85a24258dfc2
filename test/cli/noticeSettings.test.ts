import { readdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runNotices } from "../../src/cli/commands/notices";
import { temporaryFolders } from "../temporaryFolders";
import { captureIO } from "./captureIO";

const SAMPLE = "examples/工业项目年2007.xlsx";
const AS_OF = "2007-10-31";

/** The 2007 sample with a visible 设置 sheet the clerk keeps. */
async function withSettingsSheet(folder: string, name: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.addWorksheet("设置");
  for (const row of rows) sheet.addRow(row);
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("notices: 督办状态 and 反馈时限 from the workbook, the command line's options over them", () => {
  const temporaryFolder = temporaryFolders();
  let folder: string;
  beforeAll(() => {
    folder = temporaryFolder("notice-settings-");
  });

  it("follows the 设置 sheet: only the badly lagging task, answer within 7 days", async () => {
    const workbook = await withSettingsSheet(folder, "严重滞后.xlsx", [["设置项", "值"], ["督办状态", "严重滞后"], ["反馈时限（天）", 7]]);
    const io = captureIO();
    expect(await runNotices([workbook, "--progress", "examples/progress", "--as-of", AS_OF, "--date", "2007-11-05", "--out", join(folder, "按设置")], io)).toBe(0);
    expect(io.stdout.filter((line) => line.startsWith("  〔"))).toEqual(["  〔2007〕第1号  省发展改革委  1项任务，反馈时限 2007-11-12"]);
    expect((await readdir(join(folder, "按设置"))).filter((name) => name.includes("督办单"))).toEqual(["省发展改革委-督办单2007第1号.docx"]);
  }, 60000);

  it("lets --statuses and --feedback-days override the sheet", async () => {
    const workbook = await withSettingsSheet(folder, "覆盖.xlsx", [["督办状态", "严重滞后"], ["反馈时限（天）", 7]]);
    const io = captureIO();
    expect(await runNotices([workbook, "--progress", "examples/progress", "--as-of", AS_OF, "--date", "2007-11-05", "--out", join(folder, "覆盖"), "--statuses", "滞后,严重滞后,逾期", "--feedback-days", "10"], io)).toBe(0);
    expect(io.stdout.filter((line) => line.startsWith("  〔"))).toEqual([
      "  〔2007〕第1号  省经委  4项任务，反馈时限 2007-11-15",
      "  〔2007〕第2号  省发展改革委  1项任务，反馈时限 2007-11-15",
    ]);
  }, 60000);

  it("names the 设置 sheet's cell of a bad value and keeps the default", async () => {
    const workbook = await withSettingsSheet(folder, "有误.xlsx", [["设置项", "值"], ["督办状态", "黄牌"], ["反馈时限（天）", 0]]);
    const io = captureIO();
    expect(await runNotices([workbook, "--progress", "examples/progress", "--as-of", AS_OF, "--date", "2007-11-05", "--out", join(folder, "有误")], io)).toBe(0);
    const located = io.stdout.filter((line) => line.includes("督办状态") || line.includes("反馈时限（天）"));
    expect(located).toHaveLength(2);
    expect(located[0]).toContain("设置!B2");
    expect(located[1]).toContain("设置!B3");
    expect(io.stdout.filter((line) => line.startsWith("  〔")).map((line) => line.slice(-10))).toEqual(["2007-11-15", "2007-11-15"]);
  }, 60000);
});
