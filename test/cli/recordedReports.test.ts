import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runBuild } from "../../src/cli/commands/build";
import { temporaryFolders } from "../temporaryFolders";
import { captureIO } from "./captureIO";

const SAMPLE = "examples/工业项目年2007.xlsx";
const AS_OF = "2007-10-31";

interface Report {
  tasks: { id: string; status: string; actual: number | null }[];
  problems: { code: string; severity: string; sheet?: string; cell?: string; message: string }[];
}

describe("build: a report in the workbook's own sheet changed after it was recorded (2007 sample)", () => {
  const temporaryFolder = temporaryFolders();
  let folder: string;
  beforeAll(() => {
    folder = temporaryFolder("recorded-");
  });

  const build = async (workbook: string, name: string, extra: string[] = []): Promise<{ report: Report; io: ReturnType<typeof captureIO> }> => {
    const io = captureIO();
    await runBuild([workbook, "--progress", "examples/progress", "--as-of", AS_OF, "--out", join(folder, `${name}.xlsx`), "--json", join(folder, `${name}.json`), ...extra], io);
    return { report: JSON.parse(await readFile(join(folder, `${name}.json`), "utf8")) as Report, io };
  };
  const task10 = (report: Report) => report.tasks.find((task) => task.id === "10");

  it("keeps the recorded 4390亿元 in the ledger of the copy, says so, and takes 4800亿元 only with --confirm-changed", async () => {
    const first = await build(SAMPLE, "10月");
    expect(task10(first.report)).toMatchObject({ actual: 4390, status: "lagging" });
    // The clerk pastes the 省经委's corrected report into the copy: 完成规模以上工业总产值4800亿元.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "10月.xlsx"));
    workbook.getWorksheet("省经委进展")?.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.includes("工业总产值4390亿元")) cell.value = cell.value.replace("4390亿元", "4800亿元");
      });
    });
    const corrected = join(folder, "10月-更正.xlsx");
    await workbook.xlsx.writeFile(corrected);

    const kept = await build(corrected, "重算");
    expect(task10(kept.report)).toMatchObject({ actual: 4390, status: "lagging" });
    const warning = kept.report.problems.find((problem) => problem.code === "recorded-report-changed");
    expect(warning).toMatchObject({ severity: "warning", sheet: "报送记录" });
    expect(warning?.message).toContain("省经委报送的2007年1-10月进展“省经委进展”");
    expect(warning?.message).toContain("台账、通报和督办单沿用报送明细中记录的数字");
    expect(kept.io.stdout.some((line) => line.includes("recorded-report-changed") || line.includes("沿用报送明细中记录的数字"))).toBe(true);

    const confirmed = await build(corrected, "确认", ["--confirm-changed"]);
    expect(task10(confirmed.report)).toMatchObject({ actual: 4800, status: "on-schedule" });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(join(folder, "确认.xlsx"));
    const remarks: string[] = [];
    saved.getWorksheet("报送记录")?.eachRow((row) => remarks.push(`${String(row.getCell(2).value)}|${String(row.getCell(8).value ?? "")}`));
    expect(remarks.filter((remark) => remark.startsWith("省经委|更正："))).toHaveLength(1);
  }, 60000);
});
