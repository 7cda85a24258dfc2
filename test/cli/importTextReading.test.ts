import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runImportText } from "../../src/cli/commands/importText";
import { captureIO } from "./captureIO";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

interface Report {
  tasks: { id: string; number: string; leads: string[]; supporting: string[]; leaders: string[]; inferred: string[]; responsibility: string }[];
  problems: { code: string; severity: string }[];
}

/** A flattened table with parallel 省/市 labels and a bracket listing units without 牵头; traditional unit names. */
const DOCUMENT = [
  "一、重点任务",
  "1.完成固定资产投资增长6%。",
  "省牵头单位：省发展改革委；省配合单位：省财政厅；市牵头单位：市发改委；市配合单位：市财政局",
  "2.建設重點實驗室。(責任領導:王浩;牽頭單位:省科學技術廳;責任單位:重慶市檔案局)",
  "3.启动县图书馆新馆建设。（县文体广新局、县代建中心负责）",
].join("\n");

async function run(args: string[]): Promise<{ code: number; report: Report; io: ReturnType<typeof captureIO> }> {
  const folder = temporaryFolder("import-reading-");
  const file = join(folder, "分工.txt");
  await writeFile(file, DOCUMENT, "utf8");
  const io = captureIO();
  const code = await runImportText([file, "--out", join(folder, "任务表.xlsx"), "--json", join(folder, "r.json"), ...args], io);
  return { code, report: JSON.parse(await readFile(join(folder, "r.json"), "utf8")) as Report, io };
}

describe("progress-ledger import-text: the clerk's reading", () => {
  it("asks for the level when the document lists several and names no issuer (exit 1, level-needed)", async () => {
    const { code, report } = await run([]);
    expect(code).toBe(1);
    expect(report.problems.map((problem) => problem.code)).toContain("level-needed");
  });

  it("reads the level given with --level, numbers as printed, leaders apart, traditional names through opencc", async () => {
    const { code, report } = await run(["--level", "市"]);
    expect(report.tasks.map((task) => [task.id, task.number])).toEqual([
      ["1", "1."],
      ["2", "2."],
      ["3", "3."],
    ]);
    expect(report.tasks[0]).toMatchObject({ leads: ["市发改委"], supporting: ["市财政局"] });
    expect(report.tasks[1]).toMatchObject({ leads: ["省科学技术厅"], supporting: ["重庆市档案局"], leaders: ["王浩"] });
    expect(report.problems.map((problem) => problem.code)).toEqual(expect.arrayContaining(["level-applied", "convention-applied"]));
    expect(code).toBe(0);
  });

  it("reads unmarked lists as joint for the whole document with --unmarked joint", async () => {
    const { report } = await run(["--level", "市", "--unmarked", "joint"]);
    expect(report.tasks[2]).toMatchObject({ responsibility: "joint", leads: [], supporting: ["县文体广新局", "县代建中心"] });
  });

  it("refuses a level or a reading it does not know, in the clerk's language, before reading anything", async () => {
    for (const args of [["--level", "乡"], ["--unmarked", "random"]]) {
      const folder = temporaryFolder("import-reading-");
      const errors = captureIO();
      const code = await runImportText([join(folder, "分工.txt"), "--out", join(folder, "o.xlsx"), ...args], errors);
      expect(code).toBe(2);
      expect(errors.stderr.join("\n")).toContain(args[0]);
    }
  });
});
