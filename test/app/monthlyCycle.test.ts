import { checkWorkbook } from "../../src/app/checkWorkbook";
import { computeProgress } from "../../src/app/computeProgress";
import { ledgerPreview } from "../../src/app/ledgerPreview";
import { prepareProgress } from "../../src/app/prepareProgress";
import { suggestTaskSheet } from "../../src/app/suggestTaskSheet";
import { writeLedger } from "../../src/app/writeLedger";
import { planLedger } from "../../src/app/planLedger";
import { asOfProblems } from "../../src/domain/progress/asOfProblems";
import { explainEvaluation } from "../../src/domain/progress/explainEvaluation";
import { AS_OF, TASK_SHEET } from "../../example-generators/industrialYear2007";
import { industrialYearSheets } from "./industrialYear2007";
import { MemoryWorkbook } from "./memoryWorkbook";

async function checked(port: MemoryWorkbook) {
  const result = await checkWorkbook(port);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** Last month's result reopened: the sample with its ledger and summary written, the ledger active. */
async function reopened(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook(industrialYearSheets());
  const check = await checked(port);
  const { built } = await computeProgress(port, { check, asOf: AS_OF });
  await writeLedger(port, { evaluations: built.evaluations, asOf: AS_OF, lang: "zh", show: true });
  return port;
}

describe("the second month: reopening last month's result", () => {
  it("chooses the task table by content although the ledger is the active sheet, also when the ledger was renamed", async () => {
    const port = await reopened();
    expect(await port.activeSheetName()).toBe("台账 2007-10");
    expect(await suggestTaskSheet(port)).toBe(TASK_SHEET);
    const check = await checked(port);
    expect(check.sheet).toBe(TASK_SHEET);
    expect(check.tasks).toHaveLength(17);

    const renamed = port.sheets.find((grid) => grid.name === "台账 2007-10");
    if (!renamed) throw new Error("ledger not written");
    renamed.name = "十月调度";
    port.selection = { sheet: "十月调度", address: "A1" };
    expect(await suggestTaskSheet(port)).toBe(TASK_SHEET);
  });

  it("offers every progress sheet by content (省商务厅等 ticked), never the product's own, and the as-of date from the reports' period", async () => {
    const port = await reopened();
    const check = await checked(port);
    const choices = await prepareProgress(port, { check, today: "2026-12-04" });
    expect(choices.suggested).toEqual(expect.arrayContaining(["省经委进展", "省商务厅等"]));
    for (const own of ["台账 2007-10", "通报汇总 2007-10", TASK_SHEET, "部门名录"]) expect(choices.candidates).not.toContain(own);
    // 1-10月完成情况 and 截至2007年10月31日: the end of October 2007, not a date in 2026.
    expect(choices.asOf).toEqual({ asOf: "2007-10-31", from: "reports" });
  });

  it("warns before computing at a date outside the plan's year or after every deadline", async () => {
    const check = await checked(new MemoryWorkbook(industrialYearSheets()));
    expect(asOfProblems(AS_OF, check.tasks)).toEqual([]);
    const codes = asOfProblems("2026-11-30", check.tasks).map((problem) => problem.code);
    expect(codes).toEqual(["as-of-outside-plan-year", "as-of-after-deadlines"]);
    for (const problem of asOfProblems("2026-11-30", check.tasks)) expect(problem.message).not.toMatch(/[A-Za-z]{3,}|\{/);
  });
});

describe("every status explained", () => {
  it("task 10: its target, the report at its cell, the figure read and from which words, the ratio against expected progress, and why 滞后", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const { built, settings } = await computeProgress(port, { check, asOf: AS_OF });
    const task10 = built.evaluations.find((evaluation) => evaluation.task.id === "10");
    if (!task10) throw new Error("task 10 missing");
    const explanation = explainEvaluation(task10, { asOf: AS_OF, settings });
    expect(explanation.status).toBe("lagging");
    expect(explanation.targets[0].text).toContain("5500亿元");
    expect(explanation.targets[0].actual).toBeCloseTo(4390, 3);
    expect(explanation.targets[0].phrase).toContain("4390");
    expect(explanation.reports[0].location.sheet).toBe("省经委进展");
    expect(explanation.reports[0].location.cell).toMatch(/^C\d+$/);
    expect(explanation.reason).toBe("滞后：完成率 79.8% 低于序时进度 83.3%（差 3.5 个百分点），为滞后。");
  });

  it("the ledger preview shows its title, visible headers (not the hidden check code) and a row per task", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const check = await checked(port);
    const { built } = await computeProgress(port, { check, asOf: AS_OF });
    const plan = await planLedger(port, { evaluations: built.evaluations, asOf: AS_OF, lang: "zh" });
    const preview = ledgerPreview(plan.sheets.ledger.layout);
    expect(preview.title).toContain("截至2007年10月31日");
    expect(preview.headers).toEqual(expect.arrayContaining(["序号", "工作任务", "状态"]));
    expect(preview.headers).not.toContain("核对码");
    expect(preview.rows.filter((row) => /^\d+$/.test(row[0]))).toHaveLength(17);
  });
});
