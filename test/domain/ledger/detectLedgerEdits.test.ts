import { detectLedgerEdits } from "../../../src/domain/ledger/detectLedgerEdits";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { DEFAULT_SETTINGS, type LedgerSettings } from "../../../src/domain/evaluation";
import type { SheetGrid } from "../../../src/domain/grid";
import { AS_OF, sampleEvaluations } from "./evaluationFixtures";
import { headerIndex, layoutGrid } from "./layoutTestHelpers";

describe("detectLedgerEdits", () => {
  const october = ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout;
  /** This period's ledger written again over `grid`, as the pane and the command line do. */
  const regenerate = (grid: SheetGrid, asOf = AS_OF, settings?: LedgerSettings) => ledgerLayout(sampleEvaluations(), { asOf, previous: grid, ...(settings ? { settings } : {}) });

  it("finds nothing in a ledger the clerk did not touch", () => {
    const grid = layoutGrid(october);
    expect(detectLedgerEdits(grid, regenerate(grid))).toEqual([]);
  });

  it("ignores what regeneration keeps: notes, added columns", () => {
    const grid = layoutGrid(october);
    grid.rows[4][headerIndex(october, "备注")] = "已督办";
    grid.rows.forEach((row, index) => row.splice(14, 0, index === 1 ? "督办次数" : index === 4 ? 1 : null));
    const next = regenerate(grid);
    expect(detectLedgerEdits(grid, next)).toEqual([]);
  });

  it("lists computed cells the clerk changed by hand, with their cells, old and new values", () => {
    const grid = layoutGrid(october);
    // Task 7's 完成值 corrected by hand from 126.6 to 130, and its status word changed.
    grid.rows[8][headerIndex(october, "完成值")] = 130;
    grid.rows[8][headerIndex(october, "状态")] = "滞后（已说明）";
    // Task 4's progress text rewritten.
    grid.rows[5][headerIndex(october, "1-10月推进情况")] = "1-10月参保人数590万人";
    const next = regenerate(grid);
    expect(detectLedgerEdits(grid, next)).toEqual([
      {
        sheet: "台账 2009-10",
        cell: "H6",
        header: "1-10月推进情况",
        taskId: "4",
        title: "城镇参加基本养老保险人数达到650万人。",
        previous: "1-10月参保人数590万人",
        next: "1-10月参保人数585万人",
      },
      {
        sheet: "台账 2009-10",
        cell: "I9",
        header: "完成值",
        taskId: "7",
        title: "组织推动投资在亿元以上的工业大项目200个，当年计划投资284亿元。",
        previous: "130",
        next: "126.6",
      },
      {
        sheet: "台账 2009-10",
        cell: "M9",
        header: "状态",
        taskId: "7",
        title: "组织推动投资在亿元以上的工业大项目200个，当年计划投资284亿元。",
        previous: "滞后（已说明）",
        next: "逾期",
      },
    ]);
  });

  it("counts a value read back with binary noise as unchanged", () => {
    const grid = layoutGrid(october);
    const ratio = headerIndex(october, "序时进度");
    grid.rows[2][ratio] = 0.83333333333333304;
    expect(detectLedgerEdits(grid, regenerate(grid))).toEqual([]);
    grid.rows[2][ratio] = 0.8;
    expect(detectLedgerEdits(grid, regenerate(grid))).toEqual([expect.objectContaining({ header: "序时进度", previous: "0.8" })]);
  });

  it("reports nothing when the new ledger is a new period's sheet: the edited one is not overwritten", () => {
    const grid = layoutGrid(october);
    grid.rows[8][headerIndex(october, "完成值")] = 130;
    const november = regenerate(grid, "2009-11-30");
    expect(november.layout.name).toBe("台账 2009-11");
    expect(detectLedgerEdits(grid, november)).toEqual([]);
  });

  it("cannot check rows without a check code (added by hand or from an older ledger)", () => {
    const grid = layoutGrid(october);
    grid.rows[8][headerIndex(october, "完成值")] = 130;
    expect(detectLedgerEdits(grid, regenerate(grid))).toEqual([expect.objectContaining({ cell: "I9", previous: "130" })]);
    grid.rows[8][headerIndex(october, "核对码")] = null;
    expect(detectLedgerEdits(grid, regenerate(grid))).toEqual([]);
  });

  it("reports an edit to this period's progress when the same month is regenerated with new text", () => {
    const grid = layoutGrid(october);
    grid.rows[2][headerIndex(october, "工作任务")] = "耕地保有量保持在553万公顷（含基本农田）。";
    const next = regenerate(grid);
    expect(detectLedgerEdits(grid, next)).toEqual([
      expect.objectContaining({ cell: "C3", header: "工作任务", previous: "耕地保有量保持在553万公顷（含基本农田）。", next: "耕地保有量保持在553万公顷。" }),
    ]);
  });

  it("pairs rows as the ledger did, at the configured title threshold", () => {
    const grid = layoutGrid(october);
    grid.rows[8][headerIndex(october, "完成值")] = 130;
    // The task table's title of task 7 was reworded since October (about 0.6 alike to the ledger's).
    const reworded = sampleEvaluations().map((each) =>
      each.task.id === "7" ? { ...each, task: { ...each.task, title: "推动亿元以上工业大项目200个建设，全年完成投资284亿元。" } } : each,
    );
    const strict = ledgerLayout(reworded, { asOf: AS_OF, previous: grid });
    expect(strict.rowMatches[6]).toBeNull();
    expect(detectLedgerEdits(grid, strict)).toEqual([]);
    const loose = ledgerLayout(reworded, { asOf: AS_OF, previous: grid, settings: { ...DEFAULT_SETTINGS, titleMatchThreshold: 0.6 } });
    expect(loose.rowMatches[6]).toBe(6);
    expect(detectLedgerEdits(grid, loose)).toEqual([expect.objectContaining({ cell: "I9", header: "完成值", taskId: "7", previous: "130", next: "126.6" })]);
  });
});
