import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runBuild as runBuildCommand } from "../../src/cli/commands/build";
import { settingsFromSheet } from "../../src/domain/settings/settingsFromSheet";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const runBuild = keepingInputs(runBuildCommand);

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "examples", "工业项目年2007.xlsx");

interface BuildJson {
  settings: { laggingBadlyGap: number };
  tasks: { id: string; status: string; ratio: number | null }[];
  problems: { code: string; sheet?: string; cell?: string }[];
}

async function buildWith(settingsRows: (string | number)[][] | null): Promise<BuildJson> {
  const folder = temporaryFolder("settings-");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(SAMPLE)) as unknown as ArrayBuffer);
  if (settingsRows) {
    const sheet = workbook.addWorksheet("设置");
    for (const row of settingsRows) sheet.addRow(row);
  }
  const input = join(folder, "in.xlsx");
  await workbook.xlsx.writeFile(input);
  const json = join(folder, "report.json");
  const code = await runBuild([input, "--progress", join(ROOT, "examples", "progress"), "--as-of", "2007-10-31", "--json", json], captureIO());
  expect(code).toBe(0);
  return JSON.parse(await readFile(json, "utf8")) as BuildJson;
}

describe("settings kept in a visible 设置 sheet of the workbook", () => {
  it("reads label → value rows, skipping a header row", () => {
    expect(settingsFromSheet({ name: "设置", rows: [["设置项", "值"], ["严重滞后差距（百分点）", 10], ["序时进度算法", "按日"], ["", 3]] })).toEqual({
      "严重滞后差距（百分点）": 10,
      序时进度算法: "按日",
    });
  });

  it("a 10-point lagging-badly gap turns task 5 (70.5% against 83.3%, 12.8 points behind) from 滞后 to 严重滞后", async () => {
    const defaults = await buildWith(null);
    expect(defaults.settings.laggingBadlyGap).toBe(30);
    expect(defaults.tasks.find((task) => task.id === "5")).toMatchObject({ status: "lagging", ratio: 0.705 });
    const stricter = await buildWith([
      ["设置项", "值"],
      ["严重滞后差距（百分点）", 10],
    ]);
    expect(stricter.settings.laggingBadlyGap).toBe(10);
    expect(stricter.tasks.find((task) => task.id === "5")).toMatchObject({ status: "lagging-badly", ratio: 0.705 });
    // The settings sheet is not mistaken for a progress sheet.
    expect(stricter.problems.filter((problem) => problem.sheet === "设置")).toEqual([]);
  });

  it("a bad value is reported at the settings and the default kept", async () => {
    const report = await buildWith([["严重滞后差距（百分点）", 150]]);
    expect(report.settings.laggingBadlyGap).toBe(30);
    expect(report.problems.map((problem) => problem.code)).toContain("bad-setting");
  });
});
