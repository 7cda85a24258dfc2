import { checkWorkbook } from "../../src/app/checkWorkbook";
import { computeProgress } from "../../src/app/computeProgress";
import { AS_OF } from "../../example-generators/industrialYear2007";
import { departmentFile, industrialYearSheets } from "./industrialYear2007";
import { MemoryWorkbook } from "./memoryWorkbook";

async function checked(port: MemoryWorkbook) {
  const result = await checkWorkbook(port);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function statusOf(progress: Awaited<ReturnType<typeof computeProgress>>, id: string) {
  return progress.built.evaluations.find((evaluation) => evaluation.task.id === id);
}

describe("computeProgress", () => {
  it("evaluates the sample at the end of October from the workbook's sheets and a department's file", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const progress = await computeProgress(port, { check, asOf: AS_OF, sheets: check.sheets, files: [departmentFile()], workbookFile: "工业项目年2007.xlsx" });
    expect(progress.expectedProgress).toBeCloseTo(10 / 12, 4);
    // 1-10月全省完成工业投资1438.6亿元 against 1700亿元: 84.6%, above 83.3%.
    expect(statusOf(progress, "1")?.ratio).toBeCloseTo(1438.6 / 1700, 3);
    expect(statusOf(progress, "1")?.status).toBe("on-schedule");
    // 完成规模以上工业总产值4390亿元 against 5500亿元: 79.8%, below 83.3%.
    expect(statusOf(progress, "10")?.status).toBe("lagging");
    // The development commission's own file: １－１０月工业大项目完成投资２４１．４亿元 against 284亿元.
    expect(statusOf(progress, "4")?.ratio).toBeCloseTo(241.4 / 284, 3);
    // 全省工业用电量 belongs to no task: left for the clerk at its cell, never guessed.
    expect(progress.built.unmatched.map((entry) => [entry.row.title, entry.row.source.sheet, entry.row.source.cell])).toEqual([["全省工业用电量", "省经委进展", "C14"]]);
    expect(progress.problems.find((problem) => problem.code === "unmatched-progress")).toMatchObject({ sheet: "省经委进展", cell: "C14" });
    // Step 1's sheets were passed on: the workbook was read once in all.
    expect(port.fullReads).toBe(1);
  });

  it("reads only the chosen sheets, never the roster, the task table or a sheet named as the product's", async () => {
    const sheets = industrialYearSheets();
    const port = new MemoryWorkbook([...sheets, { name: "台账 2007-09", rows: [["序号", "工作任务", "状态"]] }]);
    const check = await checked(port);
    const progress = await computeProgress(port, { check, asOf: AS_OF, sheetNames: ["省经委进展", check.sheet, "台账 2007-09"] });
    expect(progress.sources.map((source) => source.sheet)).toEqual(["省经委进展"]);
  });

  it("reads only the sheets step 2 needs when step 1's are not passed: roster, 设置 and the chosen sheets", async () => {
    const port = new MemoryWorkbook([...industrialYearSheets(), { name: "设置", rows: [["严重滞后差距（百分点）", 5]] }, { name: "历年数据", rows: [["年份", "投资"]] }]);
    const check = await checked(port);
    const read = jest.spyOn(port, "readSheet");
    const before = port.fullReads;
    const progress = await computeProgress(port, { check, asOf: AS_OF, sheetNames: ["省经委进展"] });
    expect(port.fullReads).toBe(before);
    expect(read.mock.calls.map(([name]) => name).sort()).toEqual([check.rosterSheet, "省经委进展", "设置"].sort());
    expect(progress.settings.laggingBadlyGap).toBe(5);
    expect(statusOf(progress, "10")?.status).toBe("lagging");
  });

  it("applies the settings in their one order: saved, then the 设置 sheet, then the command line's file", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const request = { check, asOf: AS_OF, sheetNames: ["省经委进展"] };
    port.settings = { laggingBadlyGap: 3 };
    // 79.8% is 3.5 points below 83.3%: lagging badly at a gap of 3 …
    expect(statusOf(await computeProgress(port, request), "10")?.status).toBe("lagging-badly");
    port.sheets.push({ name: "设置", rows: [["严重滞后差距（百分点）", 5]] });
    // … lagging once the visible 设置 sheet says 5 …
    expect(statusOf(await computeProgress(port, request), "10")?.status).toBe("lagging");
    // … and lagging badly again with a --settings file of 2.
    const overridden = await computeProgress(port, { ...request, settingsOverrides: { values: { laggingBadlyGap: 2 }, file: "设置.json" } });
    expect(overridden.settings.laggingBadlyGap).toBe(2);
    expect(statusOf(overridden, "10")?.status).toBe("lagging-badly");
  });

  it("lists a progress file that could not be opened by its problems and reads the rest", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const broken = { name: "坏.xlsx", grids: [], problems: [{ code: "unreadable-file", severity: "error" as const, file: "坏.xlsx", message: "无法打开", messageEn: "cannot open" }] };
    const progress = await computeProgress(port, { check, asOf: AS_OF, files: [broken, departmentFile()] });
    expect(progress.problems.filter((problem) => problem.file === "坏.xlsx").map((problem) => problem.code)).toEqual(["unreadable-file"]);
    expect(statusOf(progress, "4")?.ratio).toBeCloseTo(241.4 / 284, 3);
  });
});
