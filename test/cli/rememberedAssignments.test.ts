import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runBuild as runBuildCommand } from "../../src/cli/commands/build";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const runBuild = keepingInputs(runBuildCommand);
const SAMPLE = join(__dirname, "..", "..", "examples", "工业项目年2007.xlsx");
const PROGRESS = join(__dirname, "..", "..", "examples", "progress");

interface Unmatched {
  key: string;
  title?: string;
}

describe("build honours the assignments the workbook remembers (对应记录)", () => {
  const temporaryFolder = temporaryFolders();

  it("October's --resolutions are kept in the copy; November's build of that copy assigns the same row again", async () => {
    const folder = temporaryFolder("remembered-");
    const first = captureIO();
    await runBuild([SAMPLE, "--progress", PROGRESS, "--as-of", "2007-10-31", "--json", join(folder, "october.json")], first);
    const october = JSON.parse(await readFile(join(folder, "october.json"), "utf8")) as { unmatched: Unmatched[] };
    const power = october.unmatched.find((row) => row.title === "全省工业用电量");
    if (!power) throw new Error(`the sample's power row is no longer unmatched: ${JSON.stringify(october.unmatched)}`);

    await writeFile(join(folder, "resolutions.json"), JSON.stringify({ [power.key]: null }));
    const copy = join(folder, "october.xlsx");
    const written = captureIO();
    await runBuild([SAMPLE, "--progress", PROGRESS, "--as-of", "2007-10-31", "--resolutions", join(folder, "resolutions.json"), "--out", copy], written);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const record = workbook.getWorksheet("对应记录");
    expect(record?.getRow(2).values).toEqual([undefined, "省经委", "全省工业用电量", "不计入", "", "2007-10-31"]);

    const next = captureIO();
    await runBuild([copy, "--progress", PROGRESS, "--as-of", "2007-11-30", "--json", join(folder, "november.json")], next);
    const november = JSON.parse(await readFile(join(folder, "november.json"), "utf8")) as { unmatched: Unmatched[] };
    expect(november.unmatched.map((row) => row.title)).not.toContain("全省工业用电量");
    expect(next.stdout.join("\n")).toContain("按上月对应 1 行（见工作簿中的“对应记录”工作表");
  }, 60_000);
});
