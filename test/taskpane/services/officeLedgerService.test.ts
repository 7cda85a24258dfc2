import { officeLedgerService } from "../../../src/taskpane/services/officeLedgerService";
import type { Task } from "../../../src/domain/task";
import { EXISTING, NEW_SHEET, fakeExcel, type FakeExcel } from "../../workbook/office/fakeExcel";

const TASKS: Task[] = [
  { id: "1", title: "耕地保有量保持在553万公顷。", category: "（一）约束性指标", target: "", leads: ["省国土资源厅"], supporting: [], responsibility: "lead", deadline: null, responsibilityText: "省国土资源厅牵头", source: { line: 5 } },
];

/** Excel.run over a counting fake of the Excel API, in which a sheet named 任务分解表 already exists. */
function installExcel(): FakeExcel {
  const excel = fakeExcel({ [`${EXISTING}.isNullObject`]: false, [`${EXISTING}.position`]: 1 });
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context) };
  return excel;
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe("officeLedgerService (Excel)", () => {
  test("is the Excel host: problems are shown by selecting their cells in Excel", () => {
    installExcel();
    expect(officeLedgerService().host).toBe("excel");
  });

  test("the task table from text replaces a sheet the clerk agreed to replace, even one the add-in did not write", async () => {
    const excel = installExcel();
    await officeLedgerService().createTaskSheet("任务分解表", TASKS);
    const calls = excel.ops.filter((op) => op.kind === "call").map((op) => op.path);
    // Replaced in place: a new sheet added, the old one deleted — no probe of the old sheet's content first.
    expect(calls).toContain("context.workbook.worksheets.add");
    expect(calls).toContain(`${EXISTING}.delete`);
    expect(calls.some((path) => path.includes("getRangeByIndexes") && path.startsWith(EXISTING))).toBe(false);
    expect(excel.ops).toContainEqual({ kind: "set", path: `${NEW_SHEET}.name`, value: "任务分解表" });
    // Then the new sheet is shown to the clerk.
    expect(calls).toContain("context.workbook.worksheets.getItem().activate");
  });
});
