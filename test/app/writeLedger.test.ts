import { checkWorkbook } from "../../src/app/checkWorkbook";
import { computeProgress } from "../../src/app/computeProgress";
import { planLedger } from "../../src/app/planLedger";
import { writeLedger } from "../../src/app/writeLedger";
import { PortRefusal } from "../../src/workbook/portRefusal";
import { AS_OF, TASK_SHEET } from "../../example-generators/industrialYear2007";
import { industrialYearSheets } from "./industrialYear2007";
import { MemoryWorkbook } from "./memoryWorkbook";

async function evaluated(port: MemoryWorkbook) {
  const checked = await checkWorkbook(port);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return (await computeProgress(port, { check: checked.value, asOf: AS_OF })).built.evaluations;
}

describe("planLedger and writeLedger", () => {
  it("plans the period's ledger and summary with the tasks per status, then writes both and shows the ledger", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const evaluations = await evaluated(port);
    const plan = await planLedger(port, { evaluations, asOf: AS_OF, lang: "zh" });
    expect(plan.sheets.ledger.layout.name).toBe("台账 2007-10");
    expect(plan.sheets.summary.name).toBe("通报汇总 2007-10");
    expect(Object.values(plan.statusCounts).reduce((sum, count) => sum + count, 0)).toBe(17);
    expect(plan.statusCounts.lagging).toBe(evaluations.filter((evaluation) => evaluation.status === "lagging").length);
    expect(plan.edits).toEqual([]);

    const taskTable = await port.readSheet(TASK_SHEET);
    const writing = await writeLedger(port, { evaluations, asOf: AS_OF, lang: "zh", show: true });
    expect(writing.written).toBe(true);
    expect(port.writes).toEqual(["台账 2007-10", "通报汇总 2007-10"]);
    expect(port.selection).toEqual({ sheet: "台账 2007-10", address: "A1" });
    expect(writing.circular).toMatch(/^截至10月末，列入本次通报的量化指标任务共\d+项/);
    // The task table is never modified.
    expect(await port.readSheet(TASK_SHEET)).toBe(taskTable);
  });

  it("does not overwrite the clerk's hand edits unless told to, and then replaces its own ledger", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const evaluations = await evaluated(port);
    await writeLedger(port, { evaluations, asOf: AS_OF, lang: "zh" });
    const ledger = await port.readSheet("台账 2007-10");
    const statusColumn = ledger.rows[1].indexOf("状态");
    const edited = ledger.rows.map((row) => [...row]);
    edited[2][statusColumn] = "已完成";
    port.sheets[port.sheets.indexOf(ledger)] = { ...ledger, rows: edited };

    const refused = await writeLedger(port, { evaluations, asOf: AS_OF, lang: "zh" });
    expect(refused.written).toBe(false);
    expect(refused.edits.map((edit) => [edit.cell, edit.previous])).toEqual([[`${String.fromCharCode(65 + statusColumn)}3`, "已完成"]]);
    const forced = await writeLedger(port, { evaluations, asOf: AS_OF, lang: "zh", overwriteEdits: true });
    expect(forced.written).toBe(true);
    expect((await port.readSheet("台账 2007-10")).rows[2][statusColumn]).not.toBe("已完成");
  });

  it("refuses with a PortRefusal to replace a sheet of that name the product did not write", async () => {
    const port = new MemoryWorkbook([...industrialYearSheets(), { name: "台账 2007-10", rows: [["序号", "工作任务", "牵头单位"], ["1", "自编台账", "省经委"]] }]);
    const evaluations = await evaluated(port);
    const rejection = writeLedger(port, { evaluations, asOf: AS_OF, lang: "en" });
    await expect(rejection).rejects.toBeInstanceOf(PortRefusal);
    await expect(rejection).rejects.toMatchObject({ code: "foreign-sheet", problem: { sheet: "台账 2007-10", messageEn: expect.stringContaining("confirm overwriting") } });
  });
});
