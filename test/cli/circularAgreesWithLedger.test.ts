import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runBuild as runBuildCommand } from "../../src/cli/commands/build";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const runBuild = keepingInputs(runBuildCommand);

const SAMPLE = join(__dirname, "..", "..", "examples");
const REACHING = new Set(["已完成", "超额完成", "临期", "序时推进"]);
const BEHIND = new Set(["滞后", "严重滞后", "逾期", "缺数字"]);
/** Not reported: named in a sentence of their own (未按时报送进展的任务X项), not among those behind. */
const UNREPORTED = "未报送";

interface LedgerRow {
  id: string;
  title: string;
  lead: string;
  status: string;
}

/** The ledger's task rows as a clerk reads them: 序号, 工作任务, 牵头单位 and the status word, under the header row. */
function ledgerRows(sheet: ExcelJS.Worksheet): LedgerRow[] {
  let header: Record<string, number> | null = null;
  const rows: LedgerRow[] = [];
  sheet.eachRow((row) => {
    if (header === null) {
      const texts = Array.from({ length: row.cellCount }, (_, index) => row.getCell(index + 1).text.trim());
      const at = (name: string) => texts.indexOf(name) + 1;
      if (at("序号") > 0 && at("状态") > 0) header = { id: at("序号"), title: at("工作任务"), lead: at("牵头单位"), status: at("状态") };
      return;
    }
    const cell = (index: number) => row.getCell(index).text.trim();
    if (/^\d+$/.test(cell(header.id))) rows.push({ id: cell(header.id), title: cell(header.title), lead: cell(header.lead), status: cell(header.status) });
  });
  return rows;
}

describe("the circular's paragraph agrees with the ledger it is written beside (bundled 2007 sample, as of 2007-10-31)", () => {
  let ledger: LedgerRow[];
  let paragraph: string;
  let quantitativeIds: Set<string>;

  beforeAll(async () => {
    const folder = temporaryFolder("circular-");
    const out = join(folder, "台账.xlsx");
    const json = join(folder, "build.json");
    const io = captureIO();
    await runBuild([join(SAMPLE, "工业项目年2007.xlsx"), "--progress", join(SAMPLE, "progress"), "--as-of", "2007-10-31", "--out", out, "--json", json], io);
    const report = JSON.parse(await readFile(json, "utf8")) as { tasks: { id: string; targets: { kind: string; value: number | null }[] }[] };
    quantitativeIds = new Set(report.tasks.filter((task) => task.targets.some((target) => target.kind !== "milestone" && target.value !== null)).map((task) => task.id));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const ledgerSheet = workbook.getWorksheet("台账 2007-10");
    const summarySheet = workbook.getWorksheet("通报汇总 2007-10");
    if (!ledgerSheet || !summarySheet) throw new Error("ledger or summary missing");
    ledger = ledgerRows(ledgerSheet);
    const texts: string[] = [];
    summarySheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    paragraph = texts.find((text) => text.startsWith("截至10月末")) ?? "";
  }, 30000);

  it("has a ledger row with a status word for each of the sample's 17 tasks", () => {
    expect(ledger).toHaveLength(17);
    for (const row of ledger) expect(REACHING.has(row.status) || BEHIND.has(row.status) || row.status === UNREPORTED).toBe(true);
  });

  it("counts what the ledger shows: the quantitative tasks, those reaching expected progress and those behind, with one-decimal shares", () => {
    const quantitative = ledger.filter((row) => quantitativeIds.has(row.id));
    const behind = quantitative.filter((row) => BEHIND.has(row.status));
    const unreported = quantitative.filter((row) => row.status === UNREPORTED);
    const reaching = quantitative.length - behind.length - unreported.length;
    expect(quantitative.length).toBeGreaterThan(0);
    expect(behind.length).toBeGreaterThan(0);
    const share = (count: number) => ((count / quantitative.length) * 100).toFixed(1);
    expect(paragraph).toContain(`列入本次通报的量化指标任务共${quantitative.length}项`);
    expect(paragraph).toContain(`达到序时进度${reaching}项、占比${share(reaching)}%`);
    expect(paragraph).toContain(`未达到序时进度${behind.length}项、占比${share(behind.length)}%`);
    if (unreported.length > 0) expect(paragraph).toContain(`未按时报送进展的任务${unreported.length}项：`);
  });

  it("names every task behind in the ledger with its lead department, in ledger order", () => {
    // Those behind in ledger order, then those not reported in a sentence of their own, in ledger order.
    const quantitative = ledger.filter((row) => quantitativeIds.has(row.id));
    const behind = [...quantitative.filter((row) => BEHIND.has(row.status)), ...quantitative.filter((row) => row.status === UNREPORTED)];
    let position = -1;
    for (const row of behind) {
      const next = paragraph.indexOf(`（牵头单位：${row.lead}）`, position + 1);
      expect([row.id, next > position]).toEqual([row.id, true]);
      position = next;
    }
    expect(paragraph.split("牵头单位：").length - 1).toBe(behind.length);
  });
});
